// @ts-nocheck
/**
 * # GENERATED — do not edit. Written by `npm run schemas` from `src/schema/schemas.ts`
 *
 * ajv 8.20.0 standalone validators (options {"allErrors":false,"strict":false,"validateFormats":false}), one per
 * file kind: counterexample, manifest, shard, tables. See `src/cli/schemas.ts` for why they are precompiled.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const counterexample = validate10;
const schema11 = {"additionalProperties":false,"$id":"https://pruning-gap-check/schemas/counterexample.schema.json","title":"pruning-gap-check counterexample file","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","claim","expected","source","seed","path","input","violated","relations","note","sha256"],"properties":{"format":{"const":"pruning-gap-check/counterexample@1","type":"string"},"claim":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"expected":{"maxLength":100,"type":"string"},"source":{"anyOf":[{"const":"fast-check","type":"string"},{"const":"pinned","type":"string"},{"const":"certificate","type":"string"},{"const":"exhaustive","type":"string"},{"const":"smt","type":"string"},{"const":"statistical","type":"string"},{"const":"tightness","type":"string"}]},"seed":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"path":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"input":{"$ref":"#/$defs/Json"},"violated":{"$ref":"#/$defs/Json"},"relations":{"$ref":"#/$defs/Json"},"note":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"constants":{"anyOf":[{"maxProperties":1000,"type":"object","patternProperties":{"^[A-Za-z0-9_.-]{1,100}$":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"}}},{"type":"null"}]},"statistical":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","depth","runs","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","n","successes","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]}}}}}},{"type":"null"}]},"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9_.-]{1,100}$", "u");
const pattern2 = new RegExp("^-?[0-9]+/[0-9]+$", "u");
const pattern3 = new RegExp("^[0-9a-f]{64}$", "u");
const schema12 = {"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]};
const wrapper0 = {validate: validate11};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data !== "boolean"){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(!(typeof data == "number")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data === "string"){
if(func3(data) > 1000000){
const err3 = {instancePath,schemaPath:"#/anyOf/3/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data)){
if(data.length > 1000000){
const err5 = {instancePath,schemaPath:"#/anyOf/4/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(wrapper0.validate(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10000){
const err7 = {instancePath,schemaPath:"#/anyOf/5/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
for(const key0 in data){
const _errs15 = errors;
if(!(wrapper0.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/counterexample.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.format === undefined) && (missing0 = "format")) || ((data.claim === undefined) && (missing0 = "claim"))) || ((data.expected === undefined) && (missing0 = "expected"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.seed === undefined) && (missing0 = "seed"))) || ((data.path === undefined) && (missing0 = "path"))) || ((data.input === undefined) && (missing0 = "input"))) || ((data.violated === undefined) && (missing0 = "violated"))) || ((data.relations === undefined) && (missing0 = "relations"))) || ((data.note === undefined) && (missing0 = "note"))) || ((data.sha256 === undefined) && (missing0 = "sha256"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.format !== undefined){
let data0 = data.format;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate10.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/counterexample@1" !== data0){
validate10.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/counterexample@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.claim !== undefined){
let data1 = data.claim;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate10.errors = [{instancePath:instancePath+"/claim",schemaPath:"#/properties/claim/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate10.errors = [{instancePath:instancePath+"/claim",schemaPath:"#/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/claim",schemaPath:"#/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expected !== undefined){
let data2 = data.expected;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) > 100){
validate10.errors = [{instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data3 = data.source;
const _errs8 = errors;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err0 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("fast-check" !== data3){
const err1 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "fast-check"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs12 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("pinned" !== data3){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "pinned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs14 = errors;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("certificate" !== data3){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs16 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("exhaustive" !== data3){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/3/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs18 = errors;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("smt" !== data3){
const err9 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/4/const",keyword:"const",params:{allowedValue: "smt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs20 = errors;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("statistical" !== data3){
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/5/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs22 = errors;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("tightness" !== data3){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/6/const",keyword:"const",params:{allowedValue: "tightness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid1 = valid1 || _valid0;
}
}
}
}
}
}
if(!valid1){
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seed !== undefined){
let data4 = data.seed;
const _errs24 = errors;
const _errs25 = errors;
let valid2 = false;
const _errs26 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err15 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(errors === _errs26){
if(typeof data4 == "number"){
if(data4 > 9007199254740991 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
var _valid1 = _errs26 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs28 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err19 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data5 = data.path;
const _errs30 = errors;
const _errs31 = errors;
let valid3 = false;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data5 === "string"){
if(func3(data5) > 100000){
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid2 = _errs32 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs34 = errors;
if(data5 !== null){
const err22 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err23 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs36 = errors;
if(!(validate11(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.violated !== undefined){
const _errs37 = errors;
if(!(validate11(data.violated, {instancePath:instancePath+"/violated",parentData:data,parentDataProperty:"violated",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relations !== undefined){
const _errs38 = errors;
if(!(validate11(data.relations, {instancePath:instancePath+"/relations",parentData:data,parentDataProperty:"relations",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.note !== undefined){
let data9 = data.note;
const _errs39 = errors;
const _errs40 = errors;
let valid4 = false;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data9 === "string"){
if(func3(data9) > 100000){
const err24 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid3 = _errs41 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs43 = errors;
if(data9 !== null){
const err26 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err27 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constants !== undefined){
let data10 = data.constants;
const _errs45 = errors;
const _errs46 = errors;
let valid5 = false;
const _errs47 = errors;
if(errors === _errs47){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length > 1000){
const err28 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
var valid6 = true;
for(const key1 in data10){
if(pattern1.test(key1)){
let data11 = data10[key1];
const _errs49 = errors;
if(errors === _errs49){
if(typeof data11 === "string"){
if(func3(data11) > 1000000){
const err29 = {instancePath:instancePath+"/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
if(!pattern2.test(data11)){
const err30 = {instancePath:instancePath+"/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var valid6 = _errs49 === errors;
if(!valid6){
break;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var _valid4 = _errs47 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs51 = errors;
if(data10 !== null){
const err33 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid4 = _errs51 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err34 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.statistical !== undefined){
let data12 = data.statistical;
const _errs53 = errors;
const _errs54 = errors;
let valid7 = false;
const _errs55 = errors;
if(errors === _errs55){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((((data12.seed === undefined) && (missing1 = "seed")) || ((data12.depth === undefined) && (missing1 = "depth"))) || ((data12.runs === undefined) && (missing1 = "runs"))) || ((data12.tests === undefined) && (missing1 = "tests"))){
const err35 = {instancePath:instancePath+"/statistical",schemaPath:"#/properties/statistical/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
const _errs57 = errors;
for(const key2 in data12){
if(!((((key2 === "seed") || (key2 === "depth")) || (key2 === "runs")) || (key2 === "tests"))){
const err36 = {instancePath:instancePath+"/statistical",schemaPath:"#/properties/statistical/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
}
if(_errs57 === errors){
if(data12.seed !== undefined){
let data13 = data12.seed;
const _errs58 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err37 = {instancePath:instancePath+"/statistical/seed",schemaPath:"#/properties/statistical/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(errors === _errs58){
if(typeof data13 == "number"){
if(data13 > 9007199254740991 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/statistical/seed",schemaPath:"#/properties/statistical/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
if(data13 < 0 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/statistical/seed",schemaPath:"#/properties/statistical/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
var valid8 = _errs58 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.depth !== undefined){
let data14 = data12.depth;
const _errs60 = errors;
const _errs61 = errors;
let valid9 = false;
const _errs62 = errors;
if(typeof data14 !== "string"){
const err40 = {instancePath:instancePath+"/statistical/depth",schemaPath:"#/properties/statistical/anyOf/0/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("ci" !== data14){
const err41 = {instancePath:instancePath+"/statistical/depth",schemaPath:"#/properties/statistical/anyOf/0/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid6 = _errs62 === errors;
valid9 = valid9 || _valid6;
if(!valid9){
const _errs64 = errors;
if(typeof data14 !== "string"){
const err42 = {instancePath:instancePath+"/statistical/depth",schemaPath:"#/properties/statistical/anyOf/0/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if("full" !== data14){
const err43 = {instancePath:instancePath+"/statistical/depth",schemaPath:"#/properties/statistical/anyOf/0/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid6 = _errs64 === errors;
valid9 = valid9 || _valid6;
}
if(!valid9){
const err44 = {instancePath:instancePath+"/statistical/depth",schemaPath:"#/properties/statistical/anyOf/0/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs60 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.runs !== undefined){
let data15 = data12.runs;
const _errs66 = errors;
const _errs67 = errors;
let valid10 = false;
const _errs68 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err45 = {instancePath:instancePath+"/statistical/runs",schemaPath:"#/properties/statistical/anyOf/0/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(errors === _errs68){
if(typeof data15 == "number"){
if(data15 > 9007199254740991 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/statistical/runs",schemaPath:"#/properties/statistical/anyOf/0/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
if(data15 < 1 || isNaN(data15)){
const err47 = {instancePath:instancePath+"/statistical/runs",schemaPath:"#/properties/statistical/anyOf/0/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
var _valid7 = _errs68 === errors;
valid10 = valid10 || _valid7;
if(!valid10){
const _errs70 = errors;
if(data15 !== null){
const err48 = {instancePath:instancePath+"/statistical/runs",schemaPath:"#/properties/statistical/anyOf/0/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid7 = _errs70 === errors;
valid10 = valid10 || _valid7;
}
if(!valid10){
const err49 = {instancePath:instancePath+"/statistical/runs",schemaPath:"#/properties/statistical/anyOf/0/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs66 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data12.tests !== undefined){
let data16 = data12.tests;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data16)){
if(data16.length > 10000){
const err50 = {instancePath:instancePath+"/statistical/tests",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
var valid11 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs74 = errors;
if(errors === _errs74){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing2;
if(((((data17.name === undefined) && (missing2 = "name")) || ((data17.n === undefined) && (missing2 = "n"))) || ((data17.successes === undefined) && (missing2 = "successes"))) || ((data17.judgement === undefined) && (missing2 = "judgement"))){
const err51 = {instancePath:instancePath+"/statistical/tests/" + i0,schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
const _errs76 = errors;
for(const key3 in data17){
if(!((((key3 === "name") || (key3 === "n")) || (key3 === "successes")) || (key3 === "judgement"))){
const err52 = {instancePath:instancePath+"/statistical/tests/" + i0,schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
break;
}
}
if(_errs76 === errors){
if(data17.name !== undefined){
let data18 = data17.name;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data18 === "string"){
if(func3(data18) > 1000){
const err53 = {instancePath:instancePath+"/statistical/tests/" + i0+"/name",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/statistical/tests/" + i0+"/name",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var valid12 = _errs77 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data17.n !== undefined){
let data19 = data17.n;
const _errs79 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err55 = {instancePath:instancePath+"/statistical/tests/" + i0+"/n",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(errors === _errs79){
if(typeof data19 == "number"){
if(data19 > 9007199254740991 || isNaN(data19)){
const err56 = {instancePath:instancePath+"/statistical/tests/" + i0+"/n",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
if(data19 < 0 || isNaN(data19)){
const err57 = {instancePath:instancePath+"/statistical/tests/" + i0+"/n",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
var valid12 = _errs79 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data17.successes !== undefined){
let data20 = data17.successes;
const _errs81 = errors;
const _errs82 = errors;
let valid13 = false;
const _errs83 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err58 = {instancePath:instancePath+"/statistical/tests/" + i0+"/successes",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(errors === _errs83){
if(typeof data20 == "number"){
if(data20 > 9007199254740991 || isNaN(data20)){
const err59 = {instancePath:instancePath+"/statistical/tests/" + i0+"/successes",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data20 < 0 || isNaN(data20)){
const err60 = {instancePath:instancePath+"/statistical/tests/" + i0+"/successes",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
var _valid8 = _errs83 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const _errs85 = errors;
if(data20 !== null){
const err61 = {instancePath:instancePath+"/statistical/tests/" + i0+"/successes",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid8 = _errs85 === errors;
valid13 = valid13 || _valid8;
}
if(!valid13){
const err62 = {instancePath:instancePath+"/statistical/tests/" + i0+"/successes",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs81 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data17.judgement !== undefined){
let data21 = data17.judgement;
const _errs87 = errors;
const _errs88 = errors;
let valid14 = false;
const _errs89 = errors;
if(typeof data21 !== "string"){
const err63 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if("holds" !== data21){
const err64 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid9 = _errs89 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs91 = errors;
if(typeof data21 !== "string"){
const err65 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if("refuted" !== data21){
const err66 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid9 = _errs91 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs93 = errors;
if(typeof data21 !== "string"){
const err67 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if("inconclusive" !== data21){
const err68 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid9 = _errs93 === errors;
valid14 = valid14 || _valid9;
}
}
if(!valid14){
const err69 = {instancePath:instancePath+"/statistical/tests/" + i0+"/judgement",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs87 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/statistical/tests/" + i0,schemaPath:"#/properties/statistical/anyOf/0/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
var valid11 = _errs74 === errors;
if(!valid11){
break;
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/statistical/tests",schemaPath:"#/properties/statistical/anyOf/0/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var valid8 = _errs72 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/statistical",schemaPath:"#/properties/statistical/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
var _valid5 = _errs55 === errors;
valid7 = valid7 || _valid5;
if(!valid7){
const _errs95 = errors;
if(data12 !== null){
const err73 = {instancePath:instancePath+"/statistical",schemaPath:"#/properties/statistical/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid5 = _errs95 === errors;
valid7 = valid7 || _valid5;
}
if(!valid7){
const err74 = {instancePath:instancePath+"/statistical",schemaPath:"#/properties/statistical/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sha256 !== undefined){
let data22 = data.sha256;
const _errs97 = errors;
if(errors === _errs97){
if(typeof data22 === "string"){
if(!pattern3.test(data22)){
validate10.errors = [{instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const manifest = validate15;
const schema13 = {"additionalProperties":{"$ref":"#/$defs/Json"},"$id":"https://pruning-gap-check/schemas/claims.schema.json","title":"pruning-gap-check claims.json","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","claims"],"properties":{"format":{"const":"pruning-gap-check/claims@1","type":"string"},"settings":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["seed","depth","runs"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]}}},"claims":{"maxItems":100000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","specRef","paperRef","versions","readings","kind","statement","uses","expected","negativeControlOf","verdict","asExpected","verdictText","evidence","counterexample","figures"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"specRef":{"maxLength":1000,"type":"string"},"paperRef":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"versions":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"readings":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"statement":{"maxLength":100000,"type":"string"},"uses":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}},"expected":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"open","type":"string"}]},"negativeControlOf":{"anyOf":[{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},{"type":"null"}]},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","numRuns","hypothesis","examples","exhaustive","closestCase","refutedBy"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numRuns":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"hypothesis":{"additionalProperties":false,"type":"object","required":["met","total","threshold","vacuous"],"properties":{"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"total":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"threshold":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"vacuous":{"type":"boolean"}}},"examples":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"exhaustive":{"anyOf":[{"additionalProperties":false,"type":"object","required":["domain","inputs","met","complete"],"properties":{"domain":{"maxLength":10000,"type":"string"},"inputs":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"complete":{"type":"boolean"}}},{"type":"null"}]},"closestCase":{"anyOf":[{"additionalProperties":false,"type":"object","required":["ratio","approx","relation"],"properties":{"ratio":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"},"relation":{"maxLength":10000,"type":"string"}}},{"type":"null"}]},"refutedBy":{"anyOf":[{"additionalProperties":false,"type":"object","required":["source"],"properties":{"source":{"anyOf":[{"const":"search","type":"string"},{"const":"exhaustive","type":"string"},{"const":"stored counterexample","type":"string"}]},"foundAfterCases":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numShrinks":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"gridInput":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]}}},{"additionalProperties":false,"type":"object","required":["seed","alpha","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"alpha":{"maxLength":1000,"type":"string"},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","method","n","successes","alpha","interval","claimed","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"method":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"alpha":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"interval":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["lo","hi"],"properties":{"lo":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"hi":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"}}},"claimed":{"maxLength":10000,"type":"string"},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]},"power":{"$ref":"#/$defs/Json"}}}},"details":{"$ref":"#/$defs/Json"}}},{"additionalProperties":false,"type":"object","required":["error"],"properties":{"error":{"maxLength":100000,"type":"string"}}}]},"tightness":{"anyOf":[{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","description","value","falseSide","specTight","result","eta","counterexample"],"properties":{"name":{"maxLength":1000,"type":"string"},"description":{"maxLength":10000,"type":"string"},"value":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"falseSide":{"anyOf":[{"const":"up","type":"string"},{"const":"down","type":"string"}]},"specTight":{"type":"boolean"},"result":{"maxLength":10000,"type":"string"},"eta":{"anyOf":[{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},{"type":"null"}]},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]}}}},{"type":"null"}]},"smt":{"$ref":"#/$defs/Json"},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"figures":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}}}}}}};
const wrapper2 = {validate: validate16};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data !== "boolean"){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(!(typeof data == "number")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data === "string"){
if(func3(data) > 1000000){
const err3 = {instancePath,schemaPath:"#/anyOf/3/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data)){
if(data.length > 1000000){
const err5 = {instancePath,schemaPath:"#/anyOf/4/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(wrapper2.validate(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10000){
const err7 = {instancePath,schemaPath:"#/anyOf/5/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
for(const key0 in data){
const _errs15 = errors;
if(!(wrapper2.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate16.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/claims.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.format === undefined) && (missing0 = "format")) || ((data.settings === undefined) && (missing0 = "settings"))) || ((data.claims === undefined) && (missing0 = "claims"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "format") || (key0 === "settings")) || (key0 === "claims"))){
const _errs2 = errors;
if(!(validate16(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
if(_errs1 === errors){
if(data.format !== undefined){
let data1 = data.format;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate15.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/claims@1" !== data1){
validate15.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/claims@1"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.settings !== undefined){
let data2 = data.settings;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.seed === undefined) && (missing1 = "seed")) || ((data2.depth === undefined) && (missing1 = "depth"))) || ((data2.runs === undefined) && (missing1 = "runs"))){
validate15.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!(((key1 === "seed") || (key1 === "depth")) || (key1 === "runs"))){
const _errs8 = errors;
if(!(validate16(data2[key1], {instancePath:instancePath+"/settings/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
if(_errs7 === errors){
if(data2.seed !== undefined){
let data4 = data2.seed;
const _errs9 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate15.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data4 == "number"){
if(data4 > 9007199254740991 || isNaN(data4)){
validate15.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate15.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.depth !== undefined){
let data5 = data2.depth;
const _errs11 = errors;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data5 !== "string"){
const err0 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("ci" !== data5){
const err1 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data5 !== "string"){
const err2 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("full" !== data5){
const err3 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err4 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.runs !== undefined){
let data6 = data2.runs;
const _errs17 = errors;
const _errs18 = errors;
let valid5 = false;
const _errs19 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err5 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs19){
if(typeof data6 == "number"){
if(data6 > 9007199254740991 || isNaN(data6)){
const err6 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data6 < 1 || isNaN(data6)){
const err7 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid1 = _errs19 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs21 = errors;
if(data6 !== null){
const err8 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err9 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.claims !== undefined){
let data7 = data.claims;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data7)){
if(data7.length > 100000){
validate15.errors = [{instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
var valid6 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs25 = errors;
if(errors === _errs25){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((((((((((((((((data8.id === undefined) && (missing2 = "id")) || ((data8.specRef === undefined) && (missing2 = "specRef"))) || ((data8.paperRef === undefined) && (missing2 = "paperRef"))) || ((data8.versions === undefined) && (missing2 = "versions"))) || ((data8.readings === undefined) && (missing2 = "readings"))) || ((data8.kind === undefined) && (missing2 = "kind"))) || ((data8.statement === undefined) && (missing2 = "statement"))) || ((data8.uses === undefined) && (missing2 = "uses"))) || ((data8.expected === undefined) && (missing2 = "expected"))) || ((data8.negativeControlOf === undefined) && (missing2 = "negativeControlOf"))) || ((data8.verdict === undefined) && (missing2 = "verdict"))) || ((data8.asExpected === undefined) && (missing2 = "asExpected"))) || ((data8.verdictText === undefined) && (missing2 = "verdictText"))) || ((data8.evidence === undefined) && (missing2 = "evidence"))) || ((data8.counterexample === undefined) && (missing2 = "counterexample"))) || ((data8.figures === undefined) && (missing2 = "figures"))){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0,schemaPath:"#/properties/claims/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data8){
if(!(func2.call(schema13.properties.claims.items.properties, key2))){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0,schemaPath:"#/properties/claims/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data8.id !== undefined){
let data9 = data8.id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data9 === "string"){
if(func3(data9) > 200){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/id",schemaPath:"#/properties/claims/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data9)){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/id",schemaPath:"#/properties/claims/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/id",schemaPath:"#/properties/claims/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.specRef !== undefined){
let data10 = data8.specRef;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(func3(data10) > 1000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/specRef",schemaPath:"#/properties/claims/items/properties/specRef/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/specRef",schemaPath:"#/properties/claims/items/properties/specRef/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.paperRef !== undefined){
let data11 = data8.paperRef;
const _errs32 = errors;
const _errs33 = errors;
let valid8 = false;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(func3(data11) > 1000){
const err10 = {instancePath:instancePath+"/claims/" + i0+"/paperRef",schemaPath:"#/properties/claims/items/properties/paperRef/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/claims/" + i0+"/paperRef",schemaPath:"#/properties/claims/items/properties/paperRef/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid2 = _errs34 === errors;
valid8 = valid8 || _valid2;
if(!valid8){
const _errs36 = errors;
if(data11 !== null){
const err12 = {instancePath:instancePath+"/claims/" + i0+"/paperRef",schemaPath:"#/properties/claims/items/properties/paperRef/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid8 = valid8 || _valid2;
}
if(!valid8){
const err13 = {instancePath:instancePath+"/claims/" + i0+"/paperRef",schemaPath:"#/properties/claims/items/properties/paperRef/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.versions !== undefined){
let data12 = data8.versions;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data12)){
if(data12.length > 1000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/versions",schemaPath:"#/properties/claims/items/properties/versions/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid9 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs40 = errors;
if(errors === _errs40){
if(typeof data13 === "string"){
if(func3(data13) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/versions/" + i1,schemaPath:"#/properties/claims/items/properties/versions/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/versions/" + i1,schemaPath:"#/properties/claims/items/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs40 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/versions",schemaPath:"#/properties/claims/items/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.readings !== undefined){
let data14 = data8.readings;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data14)){
if(data14.length > 1000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/readings",schemaPath:"#/properties/claims/items/properties/readings/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid10 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
const _errs44 = errors;
if(errors === _errs44){
if(typeof data15 === "string"){
if(func3(data15) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/readings/" + i2,schemaPath:"#/properties/claims/items/properties/readings/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/readings/" + i2,schemaPath:"#/properties/claims/items/properties/readings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs44 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/readings",schemaPath:"#/properties/claims/items/properties/readings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.kind !== undefined){
let data16 = data8.kind;
const _errs46 = errors;
const _errs47 = errors;
let valid11 = false;
const _errs48 = errors;
if(typeof data16 !== "string"){
const err14 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("exact-forall" !== data16){
const err15 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "exact-forall"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs48 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs50 = errors;
if(typeof data16 !== "string"){
const err16 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("exact-witness" !== data16){
const err17 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "exact-witness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs50 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs52 = errors;
if(typeof data16 !== "string"){
const err18 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("statistical" !== data16){
const err19 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs52 === errors;
valid11 = valid11 || _valid3;
}
}
if(!valid11){
const err20 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs46 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.statement !== undefined){
let data17 = data8.statement;
const _errs54 = errors;
if(errors === _errs54){
if(typeof data17 === "string"){
if(func3(data17) > 100000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/statement",schemaPath:"#/properties/claims/items/properties/statement/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/statement",schemaPath:"#/properties/claims/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs54 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.uses !== undefined){
let data18 = data8.uses;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data18)){
if(data18.length > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/uses",schemaPath:"#/properties/claims/items/properties/uses/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
const _errs58 = errors;
if(errors === _errs58){
if(typeof data19 === "string"){
if(func3(data19) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/uses/" + i3,schemaPath:"#/properties/claims/items/properties/uses/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/uses/" + i3,schemaPath:"#/properties/claims/items/properties/uses/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/uses",schemaPath:"#/properties/claims/items/properties/uses/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs56 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.expected !== undefined){
let data20 = data8.expected;
const _errs60 = errors;
const _errs61 = errors;
let valid13 = false;
const _errs62 = errors;
if(typeof data20 !== "string"){
const err21 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("holds" !== data20){
const err22 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid4 = _errs62 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs64 = errors;
if(typeof data20 !== "string"){
const err23 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("refuted" !== data20){
const err24 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid4 = _errs64 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs66 = errors;
if(typeof data20 !== "string"){
const err25 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("open" !== data20){
const err26 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf/2/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs66 === errors;
valid13 = valid13 || _valid4;
}
}
if(!valid13){
const err27 = {instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs60 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.negativeControlOf !== undefined){
let data21 = data8.negativeControlOf;
const _errs68 = errors;
const _errs69 = errors;
let valid14 = false;
const _errs70 = errors;
if(errors === _errs70){
if(typeof data21 === "string"){
if(func3(data21) > 200){
const err28 = {instancePath:instancePath+"/claims/" + i0+"/negativeControlOf",schemaPath:"#/properties/claims/items/properties/negativeControlOf/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(!pattern0.test(data21)){
const err29 = {instancePath:instancePath+"/claims/" + i0+"/negativeControlOf",schemaPath:"#/properties/claims/items/properties/negativeControlOf/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/claims/" + i0+"/negativeControlOf",schemaPath:"#/properties/claims/items/properties/negativeControlOf/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid5 = _errs70 === errors;
valid14 = valid14 || _valid5;
if(!valid14){
const _errs72 = errors;
if(data21 !== null){
const err31 = {instancePath:instancePath+"/claims/" + i0+"/negativeControlOf",schemaPath:"#/properties/claims/items/properties/negativeControlOf/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid5 = _errs72 === errors;
valid14 = valid14 || _valid5;
}
if(!valid14){
const err32 = {instancePath:instancePath+"/claims/" + i0+"/negativeControlOf",schemaPath:"#/properties/claims/items/properties/negativeControlOf/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs69;
if(vErrors !== null){
if(_errs69){
vErrors.length = _errs69;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs68 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.verdict !== undefined){
let data22 = data8.verdict;
const _errs74 = errors;
const _errs75 = errors;
let valid15 = false;
const _errs76 = errors;
if(typeof data22 !== "string"){
const err33 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if("holds" !== data22){
const err34 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid6 = _errs76 === errors;
valid15 = valid15 || _valid6;
if(!valid15){
const _errs78 = errors;
if(typeof data22 !== "string"){
const err35 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if("refuted" !== data22){
const err36 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid6 = _errs78 === errors;
valid15 = valid15 || _valid6;
if(!valid15){
const _errs80 = errors;
if(typeof data22 !== "string"){
const err37 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if("inconclusive" !== data22){
const err38 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid6 = _errs80 === errors;
valid15 = valid15 || _valid6;
if(!valid15){
const _errs82 = errors;
if(typeof data22 !== "string"){
const err39 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if("timeout" !== data22){
const err40 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/3/const",keyword:"const",params:{allowedValue: "timeout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid6 = _errs82 === errors;
valid15 = valid15 || _valid6;
if(!valid15){
const _errs84 = errors;
if(typeof data22 !== "string"){
const err41 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if("open" !== data22){
const err42 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/4/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid6 = _errs84 === errors;
valid15 = valid15 || _valid6;
}
}
}
}
if(!valid15){
const err43 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs74 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.asExpected !== undefined){
const _errs86 = errors;
if(typeof data8.asExpected !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/asExpected",schemaPath:"#/properties/claims/items/properties/asExpected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs86 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.verdictText !== undefined){
let data24 = data8.verdictText;
const _errs88 = errors;
if(errors === _errs88){
if(typeof data24 === "string"){
if(func3(data24) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/verdictText",schemaPath:"#/properties/claims/items/properties/verdictText/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/verdictText",schemaPath:"#/properties/claims/items/properties/verdictText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs88 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.evidence !== undefined){
let data25 = data8.evidence;
const _errs90 = errors;
const _errs91 = errors;
let valid16 = false;
const _errs92 = errors;
if(errors === _errs92){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing3;
if((((((((data25.seed === undefined) && (missing3 = "seed")) || ((data25.numRuns === undefined) && (missing3 = "numRuns"))) || ((data25.hypothesis === undefined) && (missing3 = "hypothesis"))) || ((data25.examples === undefined) && (missing3 = "examples"))) || ((data25.exhaustive === undefined) && (missing3 = "exhaustive"))) || ((data25.closestCase === undefined) && (missing3 = "closestCase"))) || ((data25.refutedBy === undefined) && (missing3 = "refutedBy"))){
const err44 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
const _errs94 = errors;
for(const key3 in data25){
if(!(((((((key3 === "seed") || (key3 === "numRuns")) || (key3 === "hypothesis")) || (key3 === "examples")) || (key3 === "exhaustive")) || (key3 === "closestCase")) || (key3 === "refutedBy"))){
const err45 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
}
if(_errs94 === errors){
if(data25.seed !== undefined){
let data26 = data25.seed;
const _errs95 = errors;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err46 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(errors === _errs95){
if(typeof data26 == "number"){
if(data26 > 9007199254740991 || isNaN(data26)){
const err47 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
if(data26 < 0 || isNaN(data26)){
const err48 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
var valid17 = _errs95 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.numRuns !== undefined){
let data27 = data25.numRuns;
const _errs97 = errors;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err49 = {instancePath:instancePath+"/claims/" + i0+"/evidence/numRuns",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/numRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(errors === _errs97){
if(typeof data27 == "number"){
if(data27 > 9007199254740991 || isNaN(data27)){
const err50 = {instancePath:instancePath+"/claims/" + i0+"/evidence/numRuns",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/numRuns/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
if(data27 < 0 || isNaN(data27)){
const err51 = {instancePath:instancePath+"/claims/" + i0+"/evidence/numRuns",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/numRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
var valid17 = _errs97 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.hypothesis !== undefined){
let data28 = data25.hypothesis;
const _errs99 = errors;
if(errors === _errs99){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing4;
if(((((data28.met === undefined) && (missing4 = "met")) || ((data28.total === undefined) && (missing4 = "total"))) || ((data28.threshold === undefined) && (missing4 = "threshold"))) || ((data28.vacuous === undefined) && (missing4 = "vacuous"))){
const err52 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
const _errs101 = errors;
for(const key4 in data28){
if(!((((key4 === "met") || (key4 === "total")) || (key4 === "threshold")) || (key4 === "vacuous"))){
const err53 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
break;
}
}
if(_errs101 === errors){
if(data28.met !== undefined){
let data29 = data28.met;
const _errs102 = errors;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err54 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(errors === _errs102){
if(typeof data29 == "number"){
if(data29 > 9007199254740991 || isNaN(data29)){
const err55 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
if(data29 < 0 || isNaN(data29)){
const err56 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
var valid18 = _errs102 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data28.total !== undefined){
let data30 = data28.total;
const _errs104 = errors;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err57 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/total",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(errors === _errs104){
if(typeof data30 == "number"){
if(data30 > 9007199254740991 || isNaN(data30)){
const err58 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/total",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/total/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
if(data30 < 0 || isNaN(data30)){
const err59 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/total",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
var valid18 = _errs104 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data28.threshold !== undefined){
let data31 = data28.threshold;
const _errs106 = errors;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err60 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/threshold",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(errors === _errs106){
if(typeof data31 == "number"){
if(data31 > 9007199254740991 || isNaN(data31)){
const err61 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/threshold",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
if(data31 < 0 || isNaN(data31)){
const err62 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/threshold",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
var valid18 = _errs106 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data28.vacuous !== undefined){
const _errs108 = errors;
if(typeof data28.vacuous !== "boolean"){
const err63 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/vacuous",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/vacuous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var valid18 = _errs108 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var valid17 = _errs99 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.examples !== undefined){
let data33 = data25.examples;
const _errs110 = errors;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err65 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(errors === _errs110){
if(typeof data33 == "number"){
if(data33 > 9007199254740991 || isNaN(data33)){
const err66 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
if(data33 < 0 || isNaN(data33)){
const err67 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
var valid17 = _errs110 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.exhaustive !== undefined){
let data34 = data25.exhaustive;
const _errs112 = errors;
const _errs113 = errors;
let valid19 = false;
const _errs114 = errors;
if(errors === _errs114){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing5;
if(((((data34.domain === undefined) && (missing5 = "domain")) || ((data34.inputs === undefined) && (missing5 = "inputs"))) || ((data34.met === undefined) && (missing5 = "met"))) || ((data34.complete === undefined) && (missing5 = "complete"))){
const err68 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
const _errs116 = errors;
for(const key5 in data34){
if(!((((key5 === "domain") || (key5 === "inputs")) || (key5 === "met")) || (key5 === "complete"))){
const err69 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
}
if(_errs116 === errors){
if(data34.domain !== undefined){
let data35 = data34.domain;
const _errs117 = errors;
if(errors === _errs117){
if(typeof data35 === "string"){
if(func3(data35) > 10000){
const err70 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/domain",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/domain",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var valid20 = _errs117 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.inputs !== undefined){
let data36 = data34.inputs;
const _errs119 = errors;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err72 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(errors === _errs119){
if(typeof data36 == "number"){
if(data36 > 9007199254740991 || isNaN(data36)){
const err73 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
if(data36 < 0 || isNaN(data36)){
const err74 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
var valid20 = _errs119 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.met !== undefined){
let data37 = data34.met;
const _errs121 = errors;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err75 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(errors === _errs121){
if(typeof data37 == "number"){
if(data37 > 9007199254740991 || isNaN(data37)){
const err76 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
if(data37 < 0 || isNaN(data37)){
const err77 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
var valid20 = _errs121 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.complete !== undefined){
const _errs123 = errors;
if(typeof data34.complete !== "boolean"){
const err78 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/complete",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var valid20 = _errs123 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
var _valid8 = _errs114 === errors;
valid19 = valid19 || _valid8;
if(!valid19){
const _errs125 = errors;
if(data34 !== null){
const err80 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid8 = _errs125 === errors;
valid19 = valid19 || _valid8;
}
if(!valid19){
const err81 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs112 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.closestCase !== undefined){
let data39 = data25.closestCase;
const _errs127 = errors;
const _errs128 = errors;
let valid21 = false;
const _errs129 = errors;
if(errors === _errs129){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing6;
if((((data39.ratio === undefined) && (missing6 = "ratio")) || ((data39.approx === undefined) && (missing6 = "approx"))) || ((data39.relation === undefined) && (missing6 = "relation"))){
const err82 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
const _errs131 = errors;
for(const key6 in data39){
if(!(((key6 === "ratio") || (key6 === "approx")) || (key6 === "relation"))){
const err83 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
break;
}
}
if(_errs131 === errors){
if(data39.ratio !== undefined){
let data40 = data39.ratio;
const _errs132 = errors;
if(errors === _errs132){
if(typeof data40 === "string"){
if(func3(data40) > 1000000){
const err84 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
if(!pattern2.test(data40)){
const err85 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid22 = _errs132 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data39.approx !== undefined){
let data41 = data39.approx;
const _errs134 = errors;
if(errors === _errs134){
if(typeof data41 === "string"){
if(func3(data41) > 1000){
const err87 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
var valid22 = _errs134 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data39.relation !== undefined){
let data42 = data39.relation;
const _errs136 = errors;
if(errors === _errs136){
if(typeof data42 === "string"){
if(func3(data42) > 10000){
const err89 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/relation",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/relation",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var valid22 = _errs136 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var _valid9 = _errs129 === errors;
valid21 = valid21 || _valid9;
if(!valid21){
const _errs138 = errors;
if(data39 !== null){
const err92 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid9 = _errs138 === errors;
valid21 = valid21 || _valid9;
}
if(!valid21){
const err93 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs127 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.refutedBy !== undefined){
let data43 = data25.refutedBy;
const _errs140 = errors;
const _errs141 = errors;
let valid23 = false;
const _errs142 = errors;
if(errors === _errs142){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing7;
if((data43.source === undefined) && (missing7 = "source")){
const err94 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
const _errs144 = errors;
for(const key7 in data43){
if(!((((key7 === "source") || (key7 === "foundAfterCases")) || (key7 === "numShrinks")) || (key7 === "gridInput"))){
const err95 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
break;
}
}
if(_errs144 === errors){
if(data43.source !== undefined){
let data44 = data43.source;
const _errs145 = errors;
const _errs146 = errors;
let valid25 = false;
const _errs147 = errors;
if(typeof data44 !== "string"){
const err96 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if("search" !== data44){
const err97 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "search"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid11 = _errs147 === errors;
valid25 = valid25 || _valid11;
if(!valid25){
const _errs149 = errors;
if(typeof data44 !== "string"){
const err98 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if("exhaustive" !== data44){
const err99 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid11 = _errs149 === errors;
valid25 = valid25 || _valid11;
if(!valid25){
const _errs151 = errors;
if(typeof data44 !== "string"){
const err100 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if("stored counterexample" !== data44){
const err101 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "stored counterexample"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid11 = _errs151 === errors;
valid25 = valid25 || _valid11;
}
}
if(!valid25){
const err102 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
else {
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
}
var valid24 = _errs145 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data43.foundAfterCases !== undefined){
let data45 = data43.foundAfterCases;
const _errs153 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err103 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(errors === _errs153){
if(typeof data45 == "number"){
if(data45 > 9007199254740991 || isNaN(data45)){
const err104 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
if(data45 < 0 || isNaN(data45)){
const err105 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
var valid24 = _errs153 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data43.numShrinks !== undefined){
let data46 = data43.numShrinks;
const _errs155 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err106 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(errors === _errs155){
if(typeof data46 == "number"){
if(data46 > 9007199254740991 || isNaN(data46)){
const err107 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
if(data46 < 0 || isNaN(data46)){
const err108 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
var valid24 = _errs155 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data43.gridInput !== undefined){
let data47 = data43.gridInput;
const _errs157 = errors;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err109 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(errors === _errs157){
if(typeof data47 == "number"){
if(data47 > 9007199254740991 || isNaN(data47)){
const err110 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
else {
if(data47 < 0 || isNaN(data47)){
const err111 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
}
var valid24 = _errs157 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var _valid10 = _errs142 === errors;
valid23 = valid23 || _valid10;
if(!valid23){
const _errs159 = errors;
if(data43 !== null){
const err113 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid10 = _errs159 === errors;
valid23 = valid23 || _valid10;
}
if(!valid23){
const err114 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs140 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
}
}
}
}
else {
const err115 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var _valid7 = _errs92 === errors;
valid16 = valid16 || _valid7;
if(!valid16){
const _errs161 = errors;
if(errors === _errs161){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing8;
if((((data25.seed === undefined) && (missing8 = "seed")) || ((data25.alpha === undefined) && (missing8 = "alpha"))) || ((data25.tests === undefined) && (missing8 = "tests"))){
const err116 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
else {
const _errs163 = errors;
for(const key8 in data25){
if(!((((key8 === "seed") || (key8 === "alpha")) || (key8 === "tests")) || (key8 === "details"))){
const err117 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
break;
}
}
if(_errs163 === errors){
if(data25.seed !== undefined){
let data48 = data25.seed;
const _errs164 = errors;
if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){
const err118 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(errors === _errs164){
if(typeof data48 == "number"){
if(data48 > 9007199254740991 || isNaN(data48)){
const err119 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
else {
if(data48 < 0 || isNaN(data48)){
const err120 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
}
var valid26 = _errs164 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data25.alpha !== undefined){
let data49 = data25.alpha;
const _errs166 = errors;
if(errors === _errs166){
if(typeof data49 === "string"){
if(func3(data49) > 1000){
const err121 = {instancePath:instancePath+"/claims/" + i0+"/evidence/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/claims/" + i0+"/evidence/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
var valid26 = _errs166 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data25.tests !== undefined){
let data50 = data25.tests;
const _errs168 = errors;
if(errors === _errs168){
if(Array.isArray(data50)){
if(data50.length > 10000){
const err123 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
var valid27 = true;
const len4 = data50.length;
for(let i4=0; i4<len4; i4++){
let data51 = data50[i4];
const _errs170 = errors;
if(errors === _errs170){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
let missing9;
if(((((((((data51.name === undefined) && (missing9 = "name")) || ((data51.method === undefined) && (missing9 = "method"))) || ((data51.n === undefined) && (missing9 = "n"))) || ((data51.successes === undefined) && (missing9 = "successes"))) || ((data51.alpha === undefined) && (missing9 = "alpha"))) || ((data51.interval === undefined) && (missing9 = "interval"))) || ((data51.claimed === undefined) && (missing9 = "claimed"))) || ((data51.judgement === undefined) && (missing9 = "judgement"))){
const err124 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
const _errs172 = errors;
for(const key9 in data51){
if(!(func2.call(schema13.properties.claims.items.properties.evidence.anyOf[1].properties.tests.items.properties, key9))){
const err125 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
break;
}
}
if(_errs172 === errors){
if(data51.name !== undefined){
let data52 = data51.name;
const _errs173 = errors;
if(errors === _errs173){
if(typeof data52 === "string"){
if(func3(data52) > 1000){
const err126 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/name",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/name",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var valid28 = _errs173 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.method !== undefined){
let data53 = data51.method;
const _errs175 = errors;
if(errors === _errs175){
if(typeof data53 === "string"){
if(func3(data53) > 1000){
const err128 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/method",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/method/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/method",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
var valid28 = _errs175 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.n !== undefined){
let data54 = data51.n;
const _errs177 = errors;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err130 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(errors === _errs177){
if(typeof data54 == "number"){
if(data54 > 9007199254740991 || isNaN(data54)){
const err131 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
if(data54 < 0 || isNaN(data54)){
const err132 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
}
var valid28 = _errs177 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.successes !== undefined){
let data55 = data51.successes;
const _errs179 = errors;
const _errs180 = errors;
let valid29 = false;
const _errs181 = errors;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err133 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(errors === _errs181){
if(typeof data55 == "number"){
if(data55 > 9007199254740991 || isNaN(data55)){
const err134 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
if(data55 < 0 || isNaN(data55)){
const err135 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
var _valid12 = _errs181 === errors;
valid29 = valid29 || _valid12;
if(!valid29){
const _errs183 = errors;
if(data55 !== null){
const err136 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid12 = _errs183 === errors;
valid29 = valid29 || _valid12;
}
if(!valid29){
const err137 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
}
var valid28 = _errs179 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.alpha !== undefined){
let data56 = data51.alpha;
const _errs185 = errors;
if(errors === _errs185){
if(typeof data56 === "string"){
if(func3(data56) > 1000000){
const err138 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
if(!pattern2.test(data56)){
const err139 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
var valid28 = _errs185 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.interval !== undefined){
let data57 = data51.interval;
const _errs187 = errors;
if(errors === _errs187){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
let missing10;
if(((data57.lo === undefined) && (missing10 = "lo")) || ((data57.hi === undefined) && (missing10 = "hi"))){
const err141 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
const _errs189 = errors;
for(const key10 in data57){
if(!(((key10 === "lo") || (key10 === "hi")) || (key10 === "approx"))){
const _errs190 = errors;
if(!(validate16(data57[key10], {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data57,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid30 = _errs190 === errors;
if(!valid30){
break;
}
}
}
if(_errs189 === errors){
if(data57.lo !== undefined){
let data59 = data57.lo;
const _errs191 = errors;
if(errors === _errs191){
if(typeof data59 === "string"){
if(func3(data59) > 1000000){
const err142 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
else {
if(!pattern2.test(data59)){
const err143 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
var valid31 = _errs191 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data57.hi !== undefined){
let data60 = data57.hi;
const _errs193 = errors;
if(errors === _errs193){
if(typeof data60 === "string"){
if(func3(data60) > 1000000){
const err145 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
if(!pattern2.test(data60)){
const err146 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
var valid31 = _errs193 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data57.approx !== undefined){
let data61 = data57.approx;
const _errs195 = errors;
if(errors === _errs195){
if(typeof data61 === "string"){
if(func3(data61) > 1000){
const err148 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
var valid31 = _errs195 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
else {
const err150 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/interval",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
var valid28 = _errs187 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.claimed !== undefined){
let data62 = data51.claimed;
const _errs197 = errors;
if(errors === _errs197){
if(typeof data62 === "string"){
if(func3(data62) > 10000){
const err151 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/claimed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/claimed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
var valid28 = _errs197 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.judgement !== undefined){
let data63 = data51.judgement;
const _errs199 = errors;
const _errs200 = errors;
let valid32 = false;
const _errs201 = errors;
if(typeof data63 !== "string"){
const err153 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if("holds" !== data63){
const err154 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid13 = _errs201 === errors;
valid32 = valid32 || _valid13;
if(!valid32){
const _errs203 = errors;
if(typeof data63 !== "string"){
const err155 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if("refuted" !== data63){
const err156 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
var _valid13 = _errs203 === errors;
valid32 = valid32 || _valid13;
if(!valid32){
const _errs205 = errors;
if(typeof data63 !== "string"){
const err157 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if("inconclusive" !== data63){
const err158 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid13 = _errs205 === errors;
valid32 = valid32 || _valid13;
}
}
if(!valid32){
const err159 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
errors = _errs200;
if(vErrors !== null){
if(_errs200){
vErrors.length = _errs200;
}
else {
vErrors = null;
}
}
}
var valid28 = _errs199 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data51.power !== undefined){
const _errs207 = errors;
if(!(validate16(data51.power, {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4+"/power",parentData:data51,parentDataProperty:"power",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid28 = _errs207 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
const err160 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
var valid27 = _errs170 === errors;
if(!valid27){
break;
}
}
}
}
else {
const err161 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
var valid26 = _errs168 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data25.details !== undefined){
const _errs208 = errors;
if(!(validate16(data25.details, {instancePath:instancePath+"/claims/" + i0+"/evidence/details",parentData:data25,parentDataProperty:"details",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid26 = _errs208 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
}
else {
const err162 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
var _valid7 = _errs161 === errors;
valid16 = valid16 || _valid7;
if(!valid16){
const _errs209 = errors;
if(errors === _errs209){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing11;
if((data25.error === undefined) && (missing11 = "error")){
const err163 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
const _errs211 = errors;
for(const key11 in data25){
if(!(key11 === "error")){
const err164 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
break;
}
}
if(_errs211 === errors){
if(data25.error !== undefined){
let data66 = data25.error;
const _errs212 = errors;
if(errors === _errs212){
if(typeof data66 === "string"){
if(func3(data66) > 100000){
const err165 = {instancePath:instancePath+"/claims/" + i0+"/evidence/error",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/claims/" + i0+"/evidence/error",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
}
}
}
else {
const err167 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
var _valid7 = _errs209 === errors;
valid16 = valid16 || _valid7;
}
}
if(!valid16){
const err168 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs90 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.tightness !== undefined){
let data67 = data8.tightness;
const _errs214 = errors;
const _errs215 = errors;
let valid34 = false;
const _errs216 = errors;
if(errors === _errs216){
if(Array.isArray(data67)){
if(data67.length > 1000){
const err169 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
else {
var valid35 = true;
const len5 = data67.length;
for(let i5=0; i5<len5; i5++){
let data68 = data67[i5];
const _errs218 = errors;
if(errors === _errs218){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
let missing12;
if(((((((((data68.name === undefined) && (missing12 = "name")) || ((data68.description === undefined) && (missing12 = "description"))) || ((data68.value === undefined) && (missing12 = "value"))) || ((data68.falseSide === undefined) && (missing12 = "falseSide"))) || ((data68.specTight === undefined) && (missing12 = "specTight"))) || ((data68.result === undefined) && (missing12 = "result"))) || ((data68.eta === undefined) && (missing12 = "eta"))) || ((data68.counterexample === undefined) && (missing12 = "counterexample"))){
const err170 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
else {
const _errs220 = errors;
for(const key12 in data68){
if(!((((((((key12 === "name") || (key12 === "description")) || (key12 === "value")) || (key12 === "falseSide")) || (key12 === "specTight")) || (key12 === "result")) || (key12 === "eta")) || (key12 === "counterexample"))){
const err171 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
break;
}
}
if(_errs220 === errors){
if(data68.name !== undefined){
let data69 = data68.name;
const _errs221 = errors;
if(errors === _errs221){
if(typeof data69 === "string"){
if(func3(data69) > 1000){
const err172 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/name",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/name",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
var valid36 = _errs221 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.description !== undefined){
let data70 = data68.description;
const _errs223 = errors;
if(errors === _errs223){
if(typeof data70 === "string"){
if(func3(data70) > 10000){
const err174 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/description",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/description",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
var valid36 = _errs223 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.value !== undefined){
let data71 = data68.value;
const _errs225 = errors;
if(errors === _errs225){
if(typeof data71 === "string"){
if(func3(data71) > 1000000){
const err176 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
else {
if(!pattern2.test(data71)){
const err177 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
var valid36 = _errs225 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.falseSide !== undefined){
let data72 = data68.falseSide;
const _errs227 = errors;
const _errs228 = errors;
let valid37 = false;
const _errs229 = errors;
if(typeof data72 !== "string"){
const err179 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if("up" !== data72){
const err180 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/const",keyword:"const",params:{allowedValue: "up"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid15 = _errs229 === errors;
valid37 = valid37 || _valid15;
if(!valid37){
const _errs231 = errors;
if(typeof data72 !== "string"){
const err181 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if("down" !== data72){
const err182 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/const",keyword:"const",params:{allowedValue: "down"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid15 = _errs231 === errors;
valid37 = valid37 || _valid15;
}
if(!valid37){
const err183 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
else {
errors = _errs228;
if(vErrors !== null){
if(_errs228){
vErrors.length = _errs228;
}
else {
vErrors = null;
}
}
}
var valid36 = _errs227 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.specTight !== undefined){
const _errs233 = errors;
if(typeof data68.specTight !== "boolean"){
const err184 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/specTight",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/specTight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var valid36 = _errs233 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.result !== undefined){
let data74 = data68.result;
const _errs235 = errors;
if(errors === _errs235){
if(typeof data74 === "string"){
if(func3(data74) > 10000){
const err185 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/result",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/result/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/result",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
var valid36 = _errs235 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.eta !== undefined){
let data75 = data68.eta;
const _errs237 = errors;
const _errs238 = errors;
let valid38 = false;
const _errs239 = errors;
if(errors === _errs239){
if(typeof data75 === "string"){
if(func3(data75) > 1000000){
const err187 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
if(!pattern2.test(data75)){
const err188 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
var _valid16 = _errs239 === errors;
valid38 = valid38 || _valid16;
if(!valid38){
const _errs241 = errors;
if(data75 !== null){
const err190 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid16 = _errs241 === errors;
valid38 = valid38 || _valid16;
}
if(!valid38){
const err191 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
else {
errors = _errs238;
if(vErrors !== null){
if(_errs238){
vErrors.length = _errs238;
}
else {
vErrors = null;
}
}
}
var valid36 = _errs237 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data68.counterexample !== undefined){
let data76 = data68.counterexample;
const _errs243 = errors;
const _errs244 = errors;
let valid39 = false;
const _errs245 = errors;
if(errors === _errs245){
if(typeof data76 === "string"){
if(func3(data76) > 1000){
const err192 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
var _valid17 = _errs245 === errors;
valid39 = valid39 || _valid17;
if(!valid39){
const _errs247 = errors;
if(data76 !== null){
const err194 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid17 = _errs247 === errors;
valid39 = valid39 || _valid17;
}
if(!valid39){
const err195 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs244;
if(vErrors !== null){
if(_errs244){
vErrors.length = _errs244;
}
else {
vErrors = null;
}
}
}
var valid36 = _errs243 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
const err196 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i5,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
var valid35 = _errs218 === errors;
if(!valid35){
break;
}
}
}
}
else {
const err197 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
var _valid14 = _errs216 === errors;
valid34 = valid34 || _valid14;
if(!valid34){
const _errs249 = errors;
if(data67 !== null){
const err198 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
var _valid14 = _errs249 === errors;
valid34 = valid34 || _valid14;
}
if(!valid34){
const err199 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs215;
if(vErrors !== null){
if(_errs215){
vErrors.length = _errs215;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs214 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.smt !== undefined){
const _errs251 = errors;
if(!(validate16(data8.smt, {instancePath:instancePath+"/claims/" + i0+"/smt",parentData:data8,parentDataProperty:"smt",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid7 = _errs251 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.counterexample !== undefined){
let data78 = data8.counterexample;
const _errs252 = errors;
const _errs253 = errors;
let valid40 = false;
const _errs254 = errors;
if(errors === _errs254){
if(typeof data78 === "string"){
if(func3(data78) > 1000){
const err200 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
var _valid18 = _errs254 === errors;
valid40 = valid40 || _valid18;
if(!valid40){
const _errs256 = errors;
if(data78 !== null){
const err202 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid18 = _errs256 === errors;
valid40 = valid40 || _valid18;
}
if(!valid40){
const err203 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs253;
if(vErrors !== null){
if(_errs253){
vErrors.length = _errs253;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs252 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.figures !== undefined){
let data79 = data8.figures;
const _errs258 = errors;
if(errors === _errs258){
if(Array.isArray(data79)){
if(data79.length > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures",schemaPath:"#/properties/claims/items/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid41 = true;
const len6 = data79.length;
for(let i6=0; i6<len6; i6++){
let data80 = data79[i6];
const _errs260 = errors;
if(errors === _errs260){
if(typeof data80 === "string"){
if(func3(data80) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures/" + i6,schemaPath:"#/properties/claims/items/properties/figures/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures/" + i6,schemaPath:"#/properties/claims/items/properties/figures/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid41 = _errs260 === errors;
if(!valid41){
break;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures",schemaPath:"#/properties/claims/items/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs258 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0,schemaPath:"#/properties/claims/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs25 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const shard = validate23;
const schema15 = {"additionalProperties":false,"$id":"https://pruning-gap-check/schemas/shard.schema.json","title":"pruning-gap-check shard file","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","shard","pattern","claimSet","results"],"properties":{"format":{"const":"pruning-gap-check/shard@1","type":"string"},"settings":{"additionalProperties":false,"type":"object","required":["seed","depth","runs","samplerVersion"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"samplerVersion":{"minimum":1,"maximum":9007199254740991,"type":"integer"}}},"shard":{"pattern":"^[0-9]{1,4}/[0-9]{1,4}$","type":"string"},"pattern":{"anyOf":[{"maxLength":10000,"type":"string"},{"type":"null"}]},"claimSet":{"maxItems":100000,"type":"array","items":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"}},"results":{"maxItems":100000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["id","record","figures","tables","ms"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"record":{"additionalProperties":false,"type":"object","required":["id","specRef","paperRef","versions","readings","kind","statement","uses","expected","negativeControlOf","verdict","asExpected","verdictText","evidence","counterexample","figures"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"specRef":{"maxLength":1000,"type":"string"},"paperRef":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"versions":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"readings":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"statement":{"maxLength":100000,"type":"string"},"uses":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}},"expected":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"open","type":"string"}]},"negativeControlOf":{"anyOf":[{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},{"type":"null"}]},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","numRuns","hypothesis","examples","exhaustive","closestCase","refutedBy"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numRuns":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"hypothesis":{"additionalProperties":false,"type":"object","required":["met","total","threshold","vacuous"],"properties":{"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"total":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"threshold":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"vacuous":{"type":"boolean"}}},"examples":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"exhaustive":{"anyOf":[{"additionalProperties":false,"type":"object","required":["domain","inputs","met","complete"],"properties":{"domain":{"maxLength":10000,"type":"string"},"inputs":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"complete":{"type":"boolean"}}},{"type":"null"}]},"closestCase":{"anyOf":[{"additionalProperties":false,"type":"object","required":["ratio","approx","relation"],"properties":{"ratio":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"},"relation":{"maxLength":10000,"type":"string"}}},{"type":"null"}]},"refutedBy":{"anyOf":[{"additionalProperties":false,"type":"object","required":["source"],"properties":{"source":{"anyOf":[{"const":"search","type":"string"},{"const":"exhaustive","type":"string"},{"const":"stored counterexample","type":"string"}]},"foundAfterCases":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numShrinks":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"gridInput":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]}}},{"additionalProperties":false,"type":"object","required":["seed","alpha","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"alpha":{"maxLength":1000,"type":"string"},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","method","n","successes","alpha","interval","claimed","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"method":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"alpha":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"interval":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["lo","hi"],"properties":{"lo":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"hi":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"}}},"claimed":{"maxLength":10000,"type":"string"},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]},"power":{"$ref":"#/$defs/Json"}}}},"details":{"$ref":"#/$defs/Json"}}},{"additionalProperties":false,"type":"object","required":["error"],"properties":{"error":{"maxLength":100000,"type":"string"}}}]},"tightness":{"anyOf":[{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","description","value","falseSide","specTight","result","eta","counterexample"],"properties":{"name":{"maxLength":1000,"type":"string"},"description":{"maxLength":10000,"type":"string"},"value":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"falseSide":{"anyOf":[{"const":"up","type":"string"},{"const":"down","type":"string"}]},"specTight":{"type":"boolean"},"result":{"maxLength":10000,"type":"string"},"eta":{"anyOf":[{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},{"type":"null"}]},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]}}}},{"type":"null"}]},"smt":{"$ref":"#/$defs/Json"},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"figures":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}}}},"counterexamples":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","file"],"properties":{"name":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$","maxLength":300,"type":"string"},"file":{"additionalProperties":false,"type":"object","required":["format","claim","expected","source","seed","path","input","violated","relations","note","sha256"],"properties":{"format":{"const":"pruning-gap-check/counterexample@1","type":"string"},"claim":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"expected":{"maxLength":100,"type":"string"},"source":{"anyOf":[{"const":"fast-check","type":"string"},{"const":"pinned","type":"string"},{"const":"certificate","type":"string"},{"const":"exhaustive","type":"string"},{"const":"smt","type":"string"},{"const":"statistical","type":"string"},{"const":"tightness","type":"string"}]},"seed":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"path":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"input":{"$ref":"#/$defs/Json"},"violated":{"$ref":"#/$defs/Json"},"relations":{"$ref":"#/$defs/Json"},"note":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"constants":{"anyOf":[{"maxProperties":1000,"type":"object","patternProperties":{"^[A-Za-z0-9_.-]{1,100}$":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"}}},{"type":"null"}]},"statistical":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","depth","runs","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","n","successes","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]}}}}}},{"type":"null"}]},"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"}}}}}},"figures":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","spec"],"properties":{"name":{"pattern":"^[A-Za-z0-9_.@-]{1,200}$","type":"string"},"title":{"maxLength":10000,"type":"string"},"spec":{"$ref":"#/$defs/Json"}}}},"tables":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","columns","rows"],"properties":{"name":{"maxLength":1000,"type":"string"},"title":{"maxLength":10000,"type":"string"},"columns":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"rows":{"maxItems":1000000,"type":"array","items":{"maxItems":1000,"type":"array","items":{"anyOf":[{"maxLength":1000000,"type":"string"},{"type":"number"}]}}}}}},"regression":{"anyOf":[{"additionalProperties":false,"type":"object","required":["stored","stillRefuting"],"properties":{"stored":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"stillRefuting":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]},"ms":{"minimum":0,"type":"number"},"smtTimingsMs":{"maxProperties":10000,"type":"object","patternProperties":{"^(.*)$":{"minimum":0,"type":"number"}}}}}}}};
const pattern12 = new RegExp("^[0-9]{1,4}/[0-9]{1,4}$", "u");
const pattern23 = new RegExp("^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$", "u");
const pattern28 = new RegExp("^[A-Za-z0-9_.@-]{1,200}$", "u");
const pattern29 = new RegExp("^(.*)$", "u");
const wrapper4 = {validate: validate24};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data !== "boolean"){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(!(typeof data == "number")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data === "string"){
if(func3(data) > 1000000){
const err3 = {instancePath,schemaPath:"#/anyOf/3/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data)){
if(data.length > 1000000){
const err5 = {instancePath,schemaPath:"#/anyOf/4/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(wrapper4.validate(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10000){
const err7 = {instancePath,schemaPath:"#/anyOf/5/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
for(const key0 in data){
const _errs15 = errors;
if(!(wrapper4.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? wrapper4.validate.errors : vErrors.concat(wrapper4.validate.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/shard.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.format === undefined) && (missing0 = "format")) || ((data.settings === undefined) && (missing0 = "settings"))) || ((data.shard === undefined) && (missing0 = "shard"))) || ((data.pattern === undefined) && (missing0 = "pattern"))) || ((data.claimSet === undefined) && (missing0 = "claimSet"))) || ((data.results === undefined) && (missing0 = "results"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "format") || (key0 === "settings")) || (key0 === "shard")) || (key0 === "pattern")) || (key0 === "claimSet")) || (key0 === "results"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.format !== undefined){
let data0 = data.format;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/shard@1" !== data0){
validate23.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/shard@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.settings !== undefined){
let data1 = data.settings;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((data1.seed === undefined) && (missing1 = "seed")) || ((data1.depth === undefined) && (missing1 = "depth"))) || ((data1.runs === undefined) && (missing1 = "runs"))) || ((data1.samplerVersion === undefined) && (missing1 = "samplerVersion"))){
validate23.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((((key1 === "seed") || (key1 === "depth")) || (key1 === "runs")) || (key1 === "samplerVersion"))){
validate23.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.seed !== undefined){
let data2 = data1.seed;
const _errs7 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate23.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 > 9007199254740991 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.depth !== undefined){
let data3 = data1.depth;
const _errs9 = errors;
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(typeof data3 !== "string"){
const err0 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("ci" !== data3){
const err1 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs13 = errors;
if(typeof data3 !== "string"){
const err2 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("full" !== data3){
const err3 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err4 = {instancePath:instancePath+"/settings/depth",schemaPath:"#/properties/settings/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.runs !== undefined){
let data4 = data1.runs;
const _errs15 = errors;
const _errs16 = errors;
let valid3 = false;
const _errs17 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err5 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs17){
if(typeof data4 == "number"){
if(data4 > 9007199254740991 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data4 < 1 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs19 = errors;
if(data4 !== null){
const err8 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err9 = {instancePath:instancePath+"/settings/runs",schemaPath:"#/properties/settings/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.samplerVersion !== undefined){
let data5 = data1.samplerVersion;
const _errs21 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate23.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if(typeof data5 == "number"){
if(data5 > 9007199254740991 || isNaN(data5)){
validate23.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate23.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shard !== undefined){
let data6 = data.shard;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
validate23.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,4}/[0-9]{1,4}$"},message:"must match pattern \""+"^[0-9]{1,4}/[0-9]{1,4}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pattern !== undefined){
let data7 = data.pattern;
const _errs25 = errors;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data7 === "string"){
if(func3(data7) > 10000){
const err10 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid2 = _errs27 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs29 = errors;
if(data7 !== null){
const err12 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
const err13 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.claimSet !== undefined){
let data8 = data.claimSet;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data8)){
if(data8.length > 100000){
validate23.errors = [{instancePath:instancePath+"/claimSet",schemaPath:"#/properties/claimSet/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs33 = errors;
if(errors === _errs33){
if(typeof data9 === "string"){
if(func3(data9) > 200){
validate23.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data9)){
validate23.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs33 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/claimSet",schemaPath:"#/properties/claimSet/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.results !== undefined){
let data10 = data.results;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data10)){
if(data10.length > 100000){
validate23.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
return false;
}
else {
var valid6 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs37 = errors;
if(errors === _errs37){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if((((((data11.id === undefined) && (missing2 = "id")) || ((data11.record === undefined) && (missing2 = "record"))) || ((data11.figures === undefined) && (missing2 = "figures"))) || ((data11.tables === undefined) && (missing2 = "tables"))) || ((data11.ms === undefined) && (missing2 = "ms"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data11){
if(!((((((((key2 === "id") || (key2 === "record")) || (key2 === "counterexamples")) || (key2 === "figures")) || (key2 === "tables")) || (key2 === "regression")) || (key2 === "ms")) || (key2 === "smtTimingsMs"))){
const _errs40 = errors;
if(!(validate24(data11[key2], {instancePath:instancePath+"/results/" + i1+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid7 = _errs40 === errors;
if(!valid7){
break;
}
}
}
if(_errs39 === errors){
if(data11.id !== undefined){
let data13 = data11.id;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data13 === "string"){
if(func3(data13) > 200){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data13)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.record !== undefined){
let data14 = data11.record;
const _errs43 = errors;
if(errors === _errs43){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing3;
if(((((((((((((((((data14.id === undefined) && (missing3 = "id")) || ((data14.specRef === undefined) && (missing3 = "specRef"))) || ((data14.paperRef === undefined) && (missing3 = "paperRef"))) || ((data14.versions === undefined) && (missing3 = "versions"))) || ((data14.readings === undefined) && (missing3 = "readings"))) || ((data14.kind === undefined) && (missing3 = "kind"))) || ((data14.statement === undefined) && (missing3 = "statement"))) || ((data14.uses === undefined) && (missing3 = "uses"))) || ((data14.expected === undefined) && (missing3 = "expected"))) || ((data14.negativeControlOf === undefined) && (missing3 = "negativeControlOf"))) || ((data14.verdict === undefined) && (missing3 = "verdict"))) || ((data14.asExpected === undefined) && (missing3 = "asExpected"))) || ((data14.verdictText === undefined) && (missing3 = "verdictText"))) || ((data14.evidence === undefined) && (missing3 = "evidence"))) || ((data14.counterexample === undefined) && (missing3 = "counterexample"))) || ((data14.figures === undefined) && (missing3 = "figures"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data14){
if(!(func2.call(schema15.properties.results.items.properties.record.properties, key3))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data14.id !== undefined){
let data15 = data14.id;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data15 === "string"){
if(func3(data15) > 200){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data15)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs46 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.specRef !== undefined){
let data16 = data14.specRef;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data16 === "string"){
if(func3(data16) > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/specRef",schemaPath:"#/properties/results/items/properties/record/properties/specRef/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/specRef",schemaPath:"#/properties/results/items/properties/record/properties/specRef/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs48 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.paperRef !== undefined){
let data17 = data14.paperRef;
const _errs50 = errors;
const _errs51 = errors;
let valid10 = false;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data17 === "string"){
if(func3(data17) > 1000){
const err14 = {instancePath:instancePath+"/results/" + i1+"/record/paperRef",schemaPath:"#/properties/results/items/properties/record/properties/paperRef/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/results/" + i1+"/record/paperRef",schemaPath:"#/properties/results/items/properties/record/properties/paperRef/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid3 = _errs52 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs54 = errors;
if(data17 !== null){
const err16 = {instancePath:instancePath+"/results/" + i1+"/record/paperRef",schemaPath:"#/properties/results/items/properties/record/properties/paperRef/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs54 === errors;
valid10 = valid10 || _valid3;
}
if(!valid10){
const err17 = {instancePath:instancePath+"/results/" + i1+"/record/paperRef",schemaPath:"#/properties/results/items/properties/record/properties/paperRef/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs50 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.versions !== undefined){
let data18 = data14.versions;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data18)){
if(data18.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/versions",schemaPath:"#/properties/results/items/properties/record/properties/versions/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid11 = true;
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
const _errs58 = errors;
if(errors === _errs58){
if(typeof data19 === "string"){
if(func3(data19) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/versions/" + i2,schemaPath:"#/properties/results/items/properties/record/properties/versions/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/versions/" + i2,schemaPath:"#/properties/results/items/properties/record/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs58 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/versions",schemaPath:"#/properties/results/items/properties/record/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs56 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.readings !== undefined){
let data20 = data14.readings;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data20)){
if(data20.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/readings",schemaPath:"#/properties/results/items/properties/record/properties/readings/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
let data21 = data20[i3];
const _errs62 = errors;
if(errors === _errs62){
if(typeof data21 === "string"){
if(func3(data21) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/readings/" + i3,schemaPath:"#/properties/results/items/properties/record/properties/readings/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/readings/" + i3,schemaPath:"#/properties/results/items/properties/record/properties/readings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs62 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/readings",schemaPath:"#/properties/results/items/properties/record/properties/readings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs60 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.kind !== undefined){
let data22 = data14.kind;
const _errs64 = errors;
const _errs65 = errors;
let valid13 = false;
const _errs66 = errors;
if(typeof data22 !== "string"){
const err18 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("exact-forall" !== data22){
const err19 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "exact-forall"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid4 = _errs66 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs68 = errors;
if(typeof data22 !== "string"){
const err20 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if("exact-witness" !== data22){
const err21 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "exact-witness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid4 = _errs68 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs70 = errors;
if(typeof data22 !== "string"){
const err22 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if("statistical" !== data22){
const err23 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid4 = _errs70 === errors;
valid13 = valid13 || _valid4;
}
}
if(!valid13){
const err24 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs64 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.statement !== undefined){
let data23 = data14.statement;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data23 === "string"){
if(func3(data23) > 100000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/statement",schemaPath:"#/properties/results/items/properties/record/properties/statement/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/statement",schemaPath:"#/properties/results/items/properties/record/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs72 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.uses !== undefined){
let data24 = data14.uses;
const _errs74 = errors;
if(errors === _errs74){
if(Array.isArray(data24)){
if(data24.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/uses",schemaPath:"#/properties/results/items/properties/record/properties/uses/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid14 = true;
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
const _errs76 = errors;
if(errors === _errs76){
if(typeof data25 === "string"){
if(func3(data25) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/uses/" + i4,schemaPath:"#/properties/results/items/properties/record/properties/uses/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/uses/" + i4,schemaPath:"#/properties/results/items/properties/record/properties/uses/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs76 === errors;
if(!valid14){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/uses",schemaPath:"#/properties/results/items/properties/record/properties/uses/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs74 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.expected !== undefined){
let data26 = data14.expected;
const _errs78 = errors;
const _errs79 = errors;
let valid15 = false;
const _errs80 = errors;
if(typeof data26 !== "string"){
const err25 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("holds" !== data26){
const err26 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs80 === errors;
valid15 = valid15 || _valid5;
if(!valid15){
const _errs82 = errors;
if(typeof data26 !== "string"){
const err27 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if("refuted" !== data26){
const err28 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid5 = _errs82 === errors;
valid15 = valid15 || _valid5;
if(!valid15){
const _errs84 = errors;
if(typeof data26 !== "string"){
const err29 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("open" !== data26){
const err30 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf/2/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs84 === errors;
valid15 = valid15 || _valid5;
}
}
if(!valid15){
const err31 = {instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs78 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.negativeControlOf !== undefined){
let data27 = data14.negativeControlOf;
const _errs86 = errors;
const _errs87 = errors;
let valid16 = false;
const _errs88 = errors;
if(errors === _errs88){
if(typeof data27 === "string"){
if(func3(data27) > 200){
const err32 = {instancePath:instancePath+"/results/" + i1+"/record/negativeControlOf",schemaPath:"#/properties/results/items/properties/record/properties/negativeControlOf/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(!pattern0.test(data27)){
const err33 = {instancePath:instancePath+"/results/" + i1+"/record/negativeControlOf",schemaPath:"#/properties/results/items/properties/record/properties/negativeControlOf/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/results/" + i1+"/record/negativeControlOf",schemaPath:"#/properties/results/items/properties/record/properties/negativeControlOf/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid6 = _errs88 === errors;
valid16 = valid16 || _valid6;
if(!valid16){
const _errs90 = errors;
if(data27 !== null){
const err35 = {instancePath:instancePath+"/results/" + i1+"/record/negativeControlOf",schemaPath:"#/properties/results/items/properties/record/properties/negativeControlOf/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid6 = _errs90 === errors;
valid16 = valid16 || _valid6;
}
if(!valid16){
const err36 = {instancePath:instancePath+"/results/" + i1+"/record/negativeControlOf",schemaPath:"#/properties/results/items/properties/record/properties/negativeControlOf/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs86 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.verdict !== undefined){
let data28 = data14.verdict;
const _errs92 = errors;
const _errs93 = errors;
let valid17 = false;
const _errs94 = errors;
if(typeof data28 !== "string"){
const err37 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if("holds" !== data28){
const err38 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid7 = _errs94 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const _errs96 = errors;
if(typeof data28 !== "string"){
const err39 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if("refuted" !== data28){
const err40 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid7 = _errs96 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const _errs98 = errors;
if(typeof data28 !== "string"){
const err41 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if("inconclusive" !== data28){
const err42 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid7 = _errs98 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const _errs100 = errors;
if(typeof data28 !== "string"){
const err43 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if("timeout" !== data28){
const err44 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/3/const",keyword:"const",params:{allowedValue: "timeout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid7 = _errs100 === errors;
valid17 = valid17 || _valid7;
if(!valid17){
const _errs102 = errors;
if(typeof data28 !== "string"){
const err45 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if("open" !== data28){
const err46 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/4/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid7 = _errs102 === errors;
valid17 = valid17 || _valid7;
}
}
}
}
if(!valid17){
const err47 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs92 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.asExpected !== undefined){
const _errs104 = errors;
if(typeof data14.asExpected !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/asExpected",schemaPath:"#/properties/results/items/properties/record/properties/asExpected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs104 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.verdictText !== undefined){
let data30 = data14.verdictText;
const _errs106 = errors;
if(errors === _errs106){
if(typeof data30 === "string"){
if(func3(data30) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/verdictText",schemaPath:"#/properties/results/items/properties/record/properties/verdictText/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/verdictText",schemaPath:"#/properties/results/items/properties/record/properties/verdictText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs106 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.evidence !== undefined){
let data31 = data14.evidence;
const _errs108 = errors;
const _errs109 = errors;
let valid18 = false;
const _errs110 = errors;
if(errors === _errs110){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing4;
if((((((((data31.seed === undefined) && (missing4 = "seed")) || ((data31.numRuns === undefined) && (missing4 = "numRuns"))) || ((data31.hypothesis === undefined) && (missing4 = "hypothesis"))) || ((data31.examples === undefined) && (missing4 = "examples"))) || ((data31.exhaustive === undefined) && (missing4 = "exhaustive"))) || ((data31.closestCase === undefined) && (missing4 = "closestCase"))) || ((data31.refutedBy === undefined) && (missing4 = "refutedBy"))){
const err48 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
const _errs112 = errors;
for(const key4 in data31){
if(!(((((((key4 === "seed") || (key4 === "numRuns")) || (key4 === "hypothesis")) || (key4 === "examples")) || (key4 === "exhaustive")) || (key4 === "closestCase")) || (key4 === "refutedBy"))){
const err49 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
break;
}
}
if(_errs112 === errors){
if(data31.seed !== undefined){
let data32 = data31.seed;
const _errs113 = errors;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err50 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(errors === _errs113){
if(typeof data32 == "number"){
if(data32 > 9007199254740991 || isNaN(data32)){
const err51 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
if(data32 < 0 || isNaN(data32)){
const err52 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
var valid19 = _errs113 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.numRuns !== undefined){
let data33 = data31.numRuns;
const _errs115 = errors;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err53 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/numRuns",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/numRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(errors === _errs115){
if(typeof data33 == "number"){
if(data33 > 9007199254740991 || isNaN(data33)){
const err54 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/numRuns",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/numRuns/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
if(data33 < 0 || isNaN(data33)){
const err55 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/numRuns",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/numRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
var valid19 = _errs115 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.hypothesis !== undefined){
let data34 = data31.hypothesis;
const _errs117 = errors;
if(errors === _errs117){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing5;
if(((((data34.met === undefined) && (missing5 = "met")) || ((data34.total === undefined) && (missing5 = "total"))) || ((data34.threshold === undefined) && (missing5 = "threshold"))) || ((data34.vacuous === undefined) && (missing5 = "vacuous"))){
const err56 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
const _errs119 = errors;
for(const key5 in data34){
if(!((((key5 === "met") || (key5 === "total")) || (key5 === "threshold")) || (key5 === "vacuous"))){
const err57 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
break;
}
}
if(_errs119 === errors){
if(data34.met !== undefined){
let data35 = data34.met;
const _errs120 = errors;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err58 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(errors === _errs120){
if(typeof data35 == "number"){
if(data35 > 9007199254740991 || isNaN(data35)){
const err59 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
if(data35 < 0 || isNaN(data35)){
const err60 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
}
var valid20 = _errs120 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.total !== undefined){
let data36 = data34.total;
const _errs122 = errors;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err61 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/total",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(errors === _errs122){
if(typeof data36 == "number"){
if(data36 > 9007199254740991 || isNaN(data36)){
const err62 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/total",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/total/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
if(data36 < 0 || isNaN(data36)){
const err63 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/total",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
var valid20 = _errs122 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.threshold !== undefined){
let data37 = data34.threshold;
const _errs124 = errors;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err64 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/threshold",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(errors === _errs124){
if(typeof data37 == "number"){
if(data37 > 9007199254740991 || isNaN(data37)){
const err65 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/threshold",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
if(data37 < 0 || isNaN(data37)){
const err66 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/threshold",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
var valid20 = _errs124 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.vacuous !== undefined){
const _errs126 = errors;
if(typeof data34.vacuous !== "boolean"){
const err67 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/vacuous",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/vacuous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var valid20 = _errs126 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
else {
const err68 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
var valid19 = _errs117 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.examples !== undefined){
let data39 = data31.examples;
const _errs128 = errors;
if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){
const err69 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(errors === _errs128){
if(typeof data39 == "number"){
if(data39 > 9007199254740991 || isNaN(data39)){
const err70 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
if(data39 < 0 || isNaN(data39)){
const err71 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
var valid19 = _errs128 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.exhaustive !== undefined){
let data40 = data31.exhaustive;
const _errs130 = errors;
const _errs131 = errors;
let valid21 = false;
const _errs132 = errors;
if(errors === _errs132){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing6;
if(((((data40.domain === undefined) && (missing6 = "domain")) || ((data40.inputs === undefined) && (missing6 = "inputs"))) || ((data40.met === undefined) && (missing6 = "met"))) || ((data40.complete === undefined) && (missing6 = "complete"))){
const err72 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
const _errs134 = errors;
for(const key6 in data40){
if(!((((key6 === "domain") || (key6 === "inputs")) || (key6 === "met")) || (key6 === "complete"))){
const err73 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
break;
}
}
if(_errs134 === errors){
if(data40.domain !== undefined){
let data41 = data40.domain;
const _errs135 = errors;
if(errors === _errs135){
if(typeof data41 === "string"){
if(func3(data41) > 10000){
const err74 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/domain",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/domain",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var valid22 = _errs135 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.inputs !== undefined){
let data42 = data40.inputs;
const _errs137 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err76 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(errors === _errs137){
if(typeof data42 == "number"){
if(data42 > 9007199254740991 || isNaN(data42)){
const err77 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
if(data42 < 0 || isNaN(data42)){
const err78 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
var valid22 = _errs137 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.met !== undefined){
let data43 = data40.met;
const _errs139 = errors;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err79 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(errors === _errs139){
if(typeof data43 == "number"){
if(data43 > 9007199254740991 || isNaN(data43)){
const err80 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
if(data43 < 0 || isNaN(data43)){
const err81 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
var valid22 = _errs139 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.complete !== undefined){
const _errs141 = errors;
if(typeof data40.complete !== "boolean"){
const err82 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/complete",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var valid22 = _errs141 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
}
}
else {
const err83 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var _valid9 = _errs132 === errors;
valid21 = valid21 || _valid9;
if(!valid21){
const _errs143 = errors;
if(data40 !== null){
const err84 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid9 = _errs143 === errors;
valid21 = valid21 || _valid9;
}
if(!valid21){
const err85 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs131;
if(vErrors !== null){
if(_errs131){
vErrors.length = _errs131;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs130 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.closestCase !== undefined){
let data45 = data31.closestCase;
const _errs145 = errors;
const _errs146 = errors;
let valid23 = false;
const _errs147 = errors;
if(errors === _errs147){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
let missing7;
if((((data45.ratio === undefined) && (missing7 = "ratio")) || ((data45.approx === undefined) && (missing7 = "approx"))) || ((data45.relation === undefined) && (missing7 = "relation"))){
const err86 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
const _errs149 = errors;
for(const key7 in data45){
if(!(((key7 === "ratio") || (key7 === "approx")) || (key7 === "relation"))){
const err87 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
break;
}
}
if(_errs149 === errors){
if(data45.ratio !== undefined){
let data46 = data45.ratio;
const _errs150 = errors;
if(errors === _errs150){
if(typeof data46 === "string"){
if(func3(data46) > 1000000){
const err88 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
if(!pattern2.test(data46)){
const err89 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var valid24 = _errs150 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data45.approx !== undefined){
let data47 = data45.approx;
const _errs152 = errors;
if(errors === _errs152){
if(typeof data47 === "string"){
if(func3(data47) > 1000){
const err91 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
var valid24 = _errs152 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data45.relation !== undefined){
let data48 = data45.relation;
const _errs154 = errors;
if(errors === _errs154){
if(typeof data48 === "string"){
if(func3(data48) > 10000){
const err93 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/relation",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/relation",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var valid24 = _errs154 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
else {
const err95 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
var _valid10 = _errs147 === errors;
valid23 = valid23 || _valid10;
if(!valid23){
const _errs156 = errors;
if(data45 !== null){
const err96 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid10 = _errs156 === errors;
valid23 = valid23 || _valid10;
}
if(!valid23){
const err97 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs145 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.refutedBy !== undefined){
let data49 = data31.refutedBy;
const _errs158 = errors;
const _errs159 = errors;
let valid25 = false;
const _errs160 = errors;
if(errors === _errs160){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
let missing8;
if((data49.source === undefined) && (missing8 = "source")){
const err98 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
const _errs162 = errors;
for(const key8 in data49){
if(!((((key8 === "source") || (key8 === "foundAfterCases")) || (key8 === "numShrinks")) || (key8 === "gridInput"))){
const err99 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
break;
}
}
if(_errs162 === errors){
if(data49.source !== undefined){
let data50 = data49.source;
const _errs163 = errors;
const _errs164 = errors;
let valid27 = false;
const _errs165 = errors;
if(typeof data50 !== "string"){
const err100 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if("search" !== data50){
const err101 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "search"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid12 = _errs165 === errors;
valid27 = valid27 || _valid12;
if(!valid27){
const _errs167 = errors;
if(typeof data50 !== "string"){
const err102 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if("exhaustive" !== data50){
const err103 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid12 = _errs167 === errors;
valid27 = valid27 || _valid12;
if(!valid27){
const _errs169 = errors;
if(typeof data50 !== "string"){
const err104 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if("stored counterexample" !== data50){
const err105 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "stored counterexample"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid12 = _errs169 === errors;
valid27 = valid27 || _valid12;
}
}
if(!valid27){
const err106 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs163 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data49.foundAfterCases !== undefined){
let data51 = data49.foundAfterCases;
const _errs171 = errors;
if(!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))){
const err107 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(errors === _errs171){
if(typeof data51 == "number"){
if(data51 > 9007199254740991 || isNaN(data51)){
const err108 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
if(data51 < 0 || isNaN(data51)){
const err109 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
}
var valid26 = _errs171 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data49.numShrinks !== undefined){
let data52 = data49.numShrinks;
const _errs173 = errors;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err110 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(errors === _errs173){
if(typeof data52 == "number"){
if(data52 > 9007199254740991 || isNaN(data52)){
const err111 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
if(data52 < 0 || isNaN(data52)){
const err112 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
}
var valid26 = _errs173 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data49.gridInput !== undefined){
let data53 = data49.gridInput;
const _errs175 = errors;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err113 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(errors === _errs175){
if(typeof data53 == "number"){
if(data53 > 9007199254740991 || isNaN(data53)){
const err114 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
else {
if(data53 < 0 || isNaN(data53)){
const err115 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
}
var valid26 = _errs175 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
}
else {
const err116 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
var _valid11 = _errs160 === errors;
valid25 = valid25 || _valid11;
if(!valid25){
const _errs177 = errors;
if(data49 !== null){
const err117 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid11 = _errs177 === errors;
valid25 = valid25 || _valid11;
}
if(!valid25){
const err118 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs159;
if(vErrors !== null){
if(_errs159){
vErrors.length = _errs159;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs158 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
}
}
}
}
else {
const err119 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
var _valid8 = _errs110 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const _errs179 = errors;
if(errors === _errs179){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing9;
if((((data31.seed === undefined) && (missing9 = "seed")) || ((data31.alpha === undefined) && (missing9 = "alpha"))) || ((data31.tests === undefined) && (missing9 = "tests"))){
const err120 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
else {
const _errs181 = errors;
for(const key9 in data31){
if(!((((key9 === "seed") || (key9 === "alpha")) || (key9 === "tests")) || (key9 === "details"))){
const err121 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
break;
}
}
if(_errs181 === errors){
if(data31.seed !== undefined){
let data54 = data31.seed;
const _errs182 = errors;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err122 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(errors === _errs182){
if(typeof data54 == "number"){
if(data54 > 9007199254740991 || isNaN(data54)){
const err123 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
if(data54 < 0 || isNaN(data54)){
const err124 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
}
var valid28 = _errs182 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data31.alpha !== undefined){
let data55 = data31.alpha;
const _errs184 = errors;
if(errors === _errs184){
if(typeof data55 === "string"){
if(func3(data55) > 1000){
const err125 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
var valid28 = _errs184 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data31.tests !== undefined){
let data56 = data31.tests;
const _errs186 = errors;
if(errors === _errs186){
if(Array.isArray(data56)){
if(data56.length > 10000){
const err127 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
else {
var valid29 = true;
const len5 = data56.length;
for(let i5=0; i5<len5; i5++){
let data57 = data56[i5];
const _errs188 = errors;
if(errors === _errs188){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
let missing10;
if(((((((((data57.name === undefined) && (missing10 = "name")) || ((data57.method === undefined) && (missing10 = "method"))) || ((data57.n === undefined) && (missing10 = "n"))) || ((data57.successes === undefined) && (missing10 = "successes"))) || ((data57.alpha === undefined) && (missing10 = "alpha"))) || ((data57.interval === undefined) && (missing10 = "interval"))) || ((data57.claimed === undefined) && (missing10 = "claimed"))) || ((data57.judgement === undefined) && (missing10 = "judgement"))){
const err128 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
const _errs190 = errors;
for(const key10 in data57){
if(!(func2.call(schema15.properties.results.items.properties.record.properties.evidence.anyOf[1].properties.tests.items.properties, key10))){
const err129 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
break;
}
}
if(_errs190 === errors){
if(data57.name !== undefined){
let data58 = data57.name;
const _errs191 = errors;
if(errors === _errs191){
if(typeof data58 === "string"){
if(func3(data58) > 1000){
const err130 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/name",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/name",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
var valid30 = _errs191 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.method !== undefined){
let data59 = data57.method;
const _errs193 = errors;
if(errors === _errs193){
if(typeof data59 === "string"){
if(func3(data59) > 1000){
const err132 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/method",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/method/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/method",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
var valid30 = _errs193 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.n !== undefined){
let data60 = data57.n;
const _errs195 = errors;
if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){
const err134 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(errors === _errs195){
if(typeof data60 == "number"){
if(data60 > 9007199254740991 || isNaN(data60)){
const err135 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
if(data60 < 0 || isNaN(data60)){
const err136 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
}
var valid30 = _errs195 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.successes !== undefined){
let data61 = data57.successes;
const _errs197 = errors;
const _errs198 = errors;
let valid31 = false;
const _errs199 = errors;
if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){
const err137 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(errors === _errs199){
if(typeof data61 == "number"){
if(data61 > 9007199254740991 || isNaN(data61)){
const err138 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
if(data61 < 0 || isNaN(data61)){
const err139 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
}
var _valid13 = _errs199 === errors;
valid31 = valid31 || _valid13;
if(!valid31){
const _errs201 = errors;
if(data61 !== null){
const err140 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid13 = _errs201 === errors;
valid31 = valid31 || _valid13;
}
if(!valid31){
const err141 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
errors = _errs198;
if(vErrors !== null){
if(_errs198){
vErrors.length = _errs198;
}
else {
vErrors = null;
}
}
}
var valid30 = _errs197 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.alpha !== undefined){
let data62 = data57.alpha;
const _errs203 = errors;
if(errors === _errs203){
if(typeof data62 === "string"){
if(func3(data62) > 1000000){
const err142 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
else {
if(!pattern2.test(data62)){
const err143 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
var valid30 = _errs203 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.interval !== undefined){
let data63 = data57.interval;
const _errs205 = errors;
if(errors === _errs205){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
let missing11;
if(((data63.lo === undefined) && (missing11 = "lo")) || ((data63.hi === undefined) && (missing11 = "hi"))){
const err145 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
const _errs207 = errors;
for(const key11 in data63){
if(!(((key11 === "lo") || (key11 === "hi")) || (key11 === "approx"))){
const _errs208 = errors;
if(!(validate24(data63[key11], {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data63,parentDataProperty:key11,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid32 = _errs208 === errors;
if(!valid32){
break;
}
}
}
if(_errs207 === errors){
if(data63.lo !== undefined){
let data65 = data63.lo;
const _errs209 = errors;
if(errors === _errs209){
if(typeof data65 === "string"){
if(func3(data65) > 1000000){
const err146 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
else {
if(!pattern2.test(data65)){
const err147 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var valid33 = _errs209 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data63.hi !== undefined){
let data66 = data63.hi;
const _errs211 = errors;
if(errors === _errs211){
if(typeof data66 === "string"){
if(func3(data66) > 1000000){
const err149 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
if(!pattern2.test(data66)){
const err150 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
var valid33 = _errs211 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data63.approx !== undefined){
let data67 = data63.approx;
const _errs213 = errors;
if(errors === _errs213){
if(typeof data67 === "string"){
if(func3(data67) > 1000){
const err152 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
else {
const err153 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
var valid33 = _errs213 === errors;
}
else {
var valid33 = true;
}
}
}
}
}
}
else {
const err154 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/interval",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var valid30 = _errs205 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.claimed !== undefined){
let data68 = data57.claimed;
const _errs215 = errors;
if(errors === _errs215){
if(typeof data68 === "string"){
if(func3(data68) > 10000){
const err155 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/claimed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/claimed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
var valid30 = _errs215 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.judgement !== undefined){
let data69 = data57.judgement;
const _errs217 = errors;
const _errs218 = errors;
let valid34 = false;
const _errs219 = errors;
if(typeof data69 !== "string"){
const err157 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if("holds" !== data69){
const err158 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid14 = _errs219 === errors;
valid34 = valid34 || _valid14;
if(!valid34){
const _errs221 = errors;
if(typeof data69 !== "string"){
const err159 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if("refuted" !== data69){
const err160 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid14 = _errs221 === errors;
valid34 = valid34 || _valid14;
if(!valid34){
const _errs223 = errors;
if(typeof data69 !== "string"){
const err161 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if("inconclusive" !== data69){
const err162 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid14 = _errs223 === errors;
valid34 = valid34 || _valid14;
}
}
if(!valid34){
const err163 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
errors = _errs218;
if(vErrors !== null){
if(_errs218){
vErrors.length = _errs218;
}
else {
vErrors = null;
}
}
}
var valid30 = _errs217 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data57.power !== undefined){
const _errs225 = errors;
if(!(validate24(data57.power, {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5+"/power",parentData:data57,parentDataProperty:"power",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid30 = _errs225 === errors;
}
else {
var valid30 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
const err164 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
var valid29 = _errs188 === errors;
if(!valid29){
break;
}
}
}
}
else {
const err165 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
var valid28 = _errs186 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data31.details !== undefined){
const _errs226 = errors;
if(!(validate24(data31.details, {instancePath:instancePath+"/results/" + i1+"/record/evidence/details",parentData:data31,parentDataProperty:"details",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid28 = _errs226 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
}
}
else {
const err166 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var _valid8 = _errs179 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const _errs227 = errors;
if(errors === _errs227){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing12;
if((data31.error === undefined) && (missing12 = "error")){
const err167 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
else {
const _errs229 = errors;
for(const key12 in data31){
if(!(key12 === "error")){
const err168 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
break;
}
}
if(_errs229 === errors){
if(data31.error !== undefined){
let data72 = data31.error;
const _errs230 = errors;
if(errors === _errs230){
if(typeof data72 === "string"){
if(func3(data72) > 100000){
const err169 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/error",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/error",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
}
}
}
else {
const err171 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
var _valid8 = _errs227 === errors;
valid18 = valid18 || _valid8;
}
}
if(!valid18){
const err172 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs108 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.tightness !== undefined){
let data73 = data14.tightness;
const _errs232 = errors;
const _errs233 = errors;
let valid36 = false;
const _errs234 = errors;
if(errors === _errs234){
if(Array.isArray(data73)){
if(data73.length > 1000){
const err173 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
else {
var valid37 = true;
const len6 = data73.length;
for(let i6=0; i6<len6; i6++){
let data74 = data73[i6];
const _errs236 = errors;
if(errors === _errs236){
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
let missing13;
if(((((((((data74.name === undefined) && (missing13 = "name")) || ((data74.description === undefined) && (missing13 = "description"))) || ((data74.value === undefined) && (missing13 = "value"))) || ((data74.falseSide === undefined) && (missing13 = "falseSide"))) || ((data74.specTight === undefined) && (missing13 = "specTight"))) || ((data74.result === undefined) && (missing13 = "result"))) || ((data74.eta === undefined) && (missing13 = "eta"))) || ((data74.counterexample === undefined) && (missing13 = "counterexample"))){
const err174 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
else {
const _errs238 = errors;
for(const key13 in data74){
if(!((((((((key13 === "name") || (key13 === "description")) || (key13 === "value")) || (key13 === "falseSide")) || (key13 === "specTight")) || (key13 === "result")) || (key13 === "eta")) || (key13 === "counterexample"))){
const err175 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
break;
}
}
if(_errs238 === errors){
if(data74.name !== undefined){
let data75 = data74.name;
const _errs239 = errors;
if(errors === _errs239){
if(typeof data75 === "string"){
if(func3(data75) > 1000){
const err176 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/name",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/name",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
var valid38 = _errs239 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.description !== undefined){
let data76 = data74.description;
const _errs241 = errors;
if(errors === _errs241){
if(typeof data76 === "string"){
if(func3(data76) > 10000){
const err178 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/description",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/description",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
var valid38 = _errs241 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.value !== undefined){
let data77 = data74.value;
const _errs243 = errors;
if(errors === _errs243){
if(typeof data77 === "string"){
if(func3(data77) > 1000000){
const err180 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
if(!pattern2.test(data77)){
const err181 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
var valid38 = _errs243 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.falseSide !== undefined){
let data78 = data74.falseSide;
const _errs245 = errors;
const _errs246 = errors;
let valid39 = false;
const _errs247 = errors;
if(typeof data78 !== "string"){
const err183 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if("up" !== data78){
const err184 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/const",keyword:"const",params:{allowedValue: "up"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid16 = _errs247 === errors;
valid39 = valid39 || _valid16;
if(!valid39){
const _errs249 = errors;
if(typeof data78 !== "string"){
const err185 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if("down" !== data78){
const err186 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/const",keyword:"const",params:{allowedValue: "down"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
var _valid16 = _errs249 === errors;
valid39 = valid39 || _valid16;
}
if(!valid39){
const err187 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
errors = _errs246;
if(vErrors !== null){
if(_errs246){
vErrors.length = _errs246;
}
else {
vErrors = null;
}
}
}
var valid38 = _errs245 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.specTight !== undefined){
const _errs251 = errors;
if(typeof data74.specTight !== "boolean"){
const err188 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/specTight",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/specTight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
var valid38 = _errs251 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.result !== undefined){
let data80 = data74.result;
const _errs253 = errors;
if(errors === _errs253){
if(typeof data80 === "string"){
if(func3(data80) > 10000){
const err189 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/result",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/result/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/result",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
var valid38 = _errs253 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.eta !== undefined){
let data81 = data74.eta;
const _errs255 = errors;
const _errs256 = errors;
let valid40 = false;
const _errs257 = errors;
if(errors === _errs257){
if(typeof data81 === "string"){
if(func3(data81) > 1000000){
const err191 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
else {
if(!pattern2.test(data81)){
const err192 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
var _valid17 = _errs257 === errors;
valid40 = valid40 || _valid17;
if(!valid40){
const _errs259 = errors;
if(data81 !== null){
const err194 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid17 = _errs259 === errors;
valid40 = valid40 || _valid17;
}
if(!valid40){
const err195 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs256;
if(vErrors !== null){
if(_errs256){
vErrors.length = _errs256;
}
else {
vErrors = null;
}
}
}
var valid38 = _errs255 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data74.counterexample !== undefined){
let data82 = data74.counterexample;
const _errs261 = errors;
const _errs262 = errors;
let valid41 = false;
const _errs263 = errors;
if(errors === _errs263){
if(typeof data82 === "string"){
if(func3(data82) > 1000){
const err196 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
var _valid18 = _errs263 === errors;
valid41 = valid41 || _valid18;
if(!valid41){
const _errs265 = errors;
if(data82 !== null){
const err198 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
var _valid18 = _errs265 === errors;
valid41 = valid41 || _valid18;
}
if(!valid41){
const err199 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
else {
errors = _errs262;
if(vErrors !== null){
if(_errs262){
vErrors.length = _errs262;
}
else {
vErrors = null;
}
}
}
var valid38 = _errs261 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
const err200 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
var valid37 = _errs236 === errors;
if(!valid37){
break;
}
}
}
}
else {
const err201 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
var _valid15 = _errs234 === errors;
valid36 = valid36 || _valid15;
if(!valid36){
const _errs267 = errors;
if(data73 !== null){
const err202 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid15 = _errs267 === errors;
valid36 = valid36 || _valid15;
}
if(!valid36){
const err203 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs233;
if(vErrors !== null){
if(_errs233){
vErrors.length = _errs233;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs232 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.smt !== undefined){
const _errs269 = errors;
if(!(validate24(data14.smt, {instancePath:instancePath+"/results/" + i1+"/record/smt",parentData:data14,parentDataProperty:"smt",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid9 = _errs269 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.counterexample !== undefined){
let data84 = data14.counterexample;
const _errs270 = errors;
const _errs271 = errors;
let valid42 = false;
const _errs272 = errors;
if(errors === _errs272){
if(typeof data84 === "string"){
if(func3(data84) > 1000){
const err204 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
var _valid19 = _errs272 === errors;
valid42 = valid42 || _valid19;
if(!valid42){
const _errs274 = errors;
if(data84 !== null){
const err206 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
var _valid19 = _errs274 === errors;
valid42 = valid42 || _valid19;
}
if(!valid42){
const err207 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs271;
if(vErrors !== null){
if(_errs271){
vErrors.length = _errs271;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs270 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.figures !== undefined){
let data85 = data14.figures;
const _errs276 = errors;
if(errors === _errs276){
if(Array.isArray(data85)){
if(data85.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures",schemaPath:"#/properties/results/items/properties/record/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid43 = true;
const len7 = data85.length;
for(let i7=0; i7<len7; i7++){
let data86 = data85[i7];
const _errs278 = errors;
if(errors === _errs278){
if(typeof data86 === "string"){
if(func3(data86) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures/" + i7,schemaPath:"#/properties/results/items/properties/record/properties/figures/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures/" + i7,schemaPath:"#/properties/results/items/properties/record/properties/figures/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid43 = _errs278 === errors;
if(!valid43){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures",schemaPath:"#/properties/results/items/properties/record/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs276 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.counterexamples !== undefined){
let data87 = data11.counterexamples;
const _errs280 = errors;
if(errors === _errs280){
if(Array.isArray(data87)){
if(data87.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples",schemaPath:"#/properties/results/items/properties/counterexamples/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid44 = true;
const len8 = data87.length;
for(let i8=0; i8<len8; i8++){
let data88 = data87[i8];
const _errs282 = errors;
if(errors === _errs282){
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
let missing14;
if(((data88.name === undefined) && (missing14 = "name")) || ((data88.file === undefined) && (missing14 = "file"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8,schemaPath:"#/properties/results/items/properties/counterexamples/items/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs284 = errors;
for(const key14 in data88){
if(!((key14 === "name") || (key14 === "file"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8,schemaPath:"#/properties/results/items/properties/counterexamples/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs284 === errors){
if(data88.name !== undefined){
let data89 = data88.name;
const _errs285 = errors;
if(errors === _errs285){
if(typeof data89 === "string"){
if(func3(data89) > 300){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(!pattern23.test(data89)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid45 = _errs285 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data88.file !== undefined){
let data90 = data88.file;
const _errs287 = errors;
if(errors === _errs287){
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
let missing15;
if((((((((((((data90.format === undefined) && (missing15 = "format")) || ((data90.claim === undefined) && (missing15 = "claim"))) || ((data90.expected === undefined) && (missing15 = "expected"))) || ((data90.source === undefined) && (missing15 = "source"))) || ((data90.seed === undefined) && (missing15 = "seed"))) || ((data90.path === undefined) && (missing15 = "path"))) || ((data90.input === undefined) && (missing15 = "input"))) || ((data90.violated === undefined) && (missing15 = "violated"))) || ((data90.relations === undefined) && (missing15 = "relations"))) || ((data90.note === undefined) && (missing15 = "note"))) || ((data90.sha256 === undefined) && (missing15 = "sha256"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs289 = errors;
for(const key15 in data90){
if(!(func2.call(schema15.properties.results.items.properties.counterexamples.items.properties.file.properties, key15))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs289 === errors){
if(data90.format !== undefined){
let data91 = data90.format;
const _errs290 = errors;
if(typeof data91 !== "string"){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/counterexample@1" !== data91){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/counterexample@1"},message:"must be equal to constant"}];
return false;
}
var valid46 = _errs290 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.claim !== undefined){
let data92 = data90.claim;
const _errs292 = errors;
if(errors === _errs292){
if(typeof data92 === "string"){
if(func3(data92) > 200){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data92)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid46 = _errs292 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.expected !== undefined){
let data93 = data90.expected;
const _errs294 = errors;
if(errors === _errs294){
if(typeof data93 === "string"){
if(func3(data93) > 100){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid46 = _errs294 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.source !== undefined){
let data94 = data90.source;
const _errs296 = errors;
const _errs297 = errors;
let valid47 = false;
const _errs298 = errors;
if(typeof data94 !== "string"){
const err208 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if("fast-check" !== data94){
const err209 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "fast-check"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
var _valid20 = _errs298 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs300 = errors;
if(typeof data94 !== "string"){
const err210 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if("pinned" !== data94){
const err211 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "pinned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
var _valid20 = _errs300 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs302 = errors;
if(typeof data94 !== "string"){
const err212 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if("certificate" !== data94){
const err213 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid20 = _errs302 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs304 = errors;
if(typeof data94 !== "string"){
const err214 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if("exhaustive" !== data94){
const err215 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
var _valid20 = _errs304 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs306 = errors;
if(typeof data94 !== "string"){
const err216 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if("smt" !== data94){
const err217 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/const",keyword:"const",params:{allowedValue: "smt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
var _valid20 = _errs306 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs308 = errors;
if(typeof data94 !== "string"){
const err218 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if("statistical" !== data94){
const err219 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid20 = _errs308 === errors;
valid47 = valid47 || _valid20;
if(!valid47){
const _errs310 = errors;
if(typeof data94 !== "string"){
const err220 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if("tightness" !== data94){
const err221 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/const",keyword:"const",params:{allowedValue: "tightness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid20 = _errs310 === errors;
valid47 = valid47 || _valid20;
}
}
}
}
}
}
if(!valid47){
const err222 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs297;
if(vErrors !== null){
if(_errs297){
vErrors.length = _errs297;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs296 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.seed !== undefined){
let data95 = data90.seed;
const _errs312 = errors;
const _errs313 = errors;
let valid48 = false;
const _errs314 = errors;
if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){
const err223 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(errors === _errs314){
if(typeof data95 == "number"){
if(data95 > 9007199254740991 || isNaN(data95)){
const err224 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
else {
if(data95 < 0 || isNaN(data95)){
const err225 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
}
var _valid21 = _errs314 === errors;
valid48 = valid48 || _valid21;
if(!valid48){
const _errs316 = errors;
if(data95 !== null){
const err226 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
var _valid21 = _errs316 === errors;
valid48 = valid48 || _valid21;
}
if(!valid48){
const err227 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs313;
if(vErrors !== null){
if(_errs313){
vErrors.length = _errs313;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs312 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.path !== undefined){
let data96 = data90.path;
const _errs318 = errors;
const _errs319 = errors;
let valid49 = false;
const _errs320 = errors;
if(errors === _errs320){
if(typeof data96 === "string"){
if(func3(data96) > 100000){
const err228 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
var _valid22 = _errs320 === errors;
valid49 = valid49 || _valid22;
if(!valid49){
const _errs322 = errors;
if(data96 !== null){
const err230 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
var _valid22 = _errs322 === errors;
valid49 = valid49 || _valid22;
}
if(!valid49){
const err231 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs319;
if(vErrors !== null){
if(_errs319){
vErrors.length = _errs319;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs318 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.input !== undefined){
const _errs324 = errors;
if(!(validate24(data90.input, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/input",parentData:data90,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid46 = _errs324 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.violated !== undefined){
const _errs325 = errors;
if(!(validate24(data90.violated, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/violated",parentData:data90,parentDataProperty:"violated",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid46 = _errs325 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.relations !== undefined){
const _errs326 = errors;
if(!(validate24(data90.relations, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/relations",parentData:data90,parentDataProperty:"relations",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid46 = _errs326 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.note !== undefined){
let data100 = data90.note;
const _errs327 = errors;
const _errs328 = errors;
let valid50 = false;
const _errs329 = errors;
if(errors === _errs329){
if(typeof data100 === "string"){
if(func3(data100) > 100000){
const err232 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
var _valid23 = _errs329 === errors;
valid50 = valid50 || _valid23;
if(!valid50){
const _errs331 = errors;
if(data100 !== null){
const err234 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
var _valid23 = _errs331 === errors;
valid50 = valid50 || _valid23;
}
if(!valid50){
const err235 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs328;
if(vErrors !== null){
if(_errs328){
vErrors.length = _errs328;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs327 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.constants !== undefined){
let data101 = data90.constants;
const _errs333 = errors;
const _errs334 = errors;
let valid51 = false;
const _errs335 = errors;
if(errors === _errs335){
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(Object.keys(data101).length > 1000){
const err236 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
else {
var valid52 = true;
for(const key16 in data101){
if(pattern1.test(key16)){
let data102 = data101[key16];
const _errs337 = errors;
if(errors === _errs337){
if(typeof data102 === "string"){
if(func3(data102) > 1000000){
const err237 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
else {
if(!pattern2.test(data102)){
const err238 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
else {
const err239 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
var valid52 = _errs337 === errors;
if(!valid52){
break;
}
}
}
}
}
else {
const err240 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
var _valid24 = _errs335 === errors;
valid51 = valid51 || _valid24;
if(!valid51){
const _errs339 = errors;
if(data101 !== null){
const err241 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
var _valid24 = _errs339 === errors;
valid51 = valid51 || _valid24;
}
if(!valid51){
const err242 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs334;
if(vErrors !== null){
if(_errs334){
vErrors.length = _errs334;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs333 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.statistical !== undefined){
let data103 = data90.statistical;
const _errs341 = errors;
const _errs342 = errors;
let valid53 = false;
const _errs343 = errors;
if(errors === _errs343){
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
let missing16;
if(((((data103.seed === undefined) && (missing16 = "seed")) || ((data103.depth === undefined) && (missing16 = "depth"))) || ((data103.runs === undefined) && (missing16 = "runs"))) || ((data103.tests === undefined) && (missing16 = "tests"))){
const err243 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
else {
const _errs345 = errors;
for(const key17 in data103){
if(!((((key17 === "seed") || (key17 === "depth")) || (key17 === "runs")) || (key17 === "tests"))){
const err244 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
break;
}
}
if(_errs345 === errors){
if(data103.seed !== undefined){
let data104 = data103.seed;
const _errs346 = errors;
if(!((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104)))){
const err245 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(errors === _errs346){
if(typeof data104 == "number"){
if(data104 > 9007199254740991 || isNaN(data104)){
const err246 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
if(data104 < 0 || isNaN(data104)){
const err247 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
}
var valid54 = _errs346 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data103.depth !== undefined){
let data105 = data103.depth;
const _errs348 = errors;
const _errs349 = errors;
let valid55 = false;
const _errs350 = errors;
if(typeof data105 !== "string"){
const err248 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if("ci" !== data105){
const err249 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
var _valid26 = _errs350 === errors;
valid55 = valid55 || _valid26;
if(!valid55){
const _errs352 = errors;
if(typeof data105 !== "string"){
const err250 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if("full" !== data105){
const err251 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
var _valid26 = _errs352 === errors;
valid55 = valid55 || _valid26;
}
if(!valid55){
const err252 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
else {
errors = _errs349;
if(vErrors !== null){
if(_errs349){
vErrors.length = _errs349;
}
else {
vErrors = null;
}
}
}
var valid54 = _errs348 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data103.runs !== undefined){
let data106 = data103.runs;
const _errs354 = errors;
const _errs355 = errors;
let valid56 = false;
const _errs356 = errors;
if(!((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106)))){
const err253 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(errors === _errs356){
if(typeof data106 == "number"){
if(data106 > 9007199254740991 || isNaN(data106)){
const err254 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
else {
if(data106 < 1 || isNaN(data106)){
const err255 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
}
var _valid27 = _errs356 === errors;
valid56 = valid56 || _valid27;
if(!valid56){
const _errs358 = errors;
if(data106 !== null){
const err256 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
var _valid27 = _errs358 === errors;
valid56 = valid56 || _valid27;
}
if(!valid56){
const err257 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
else {
errors = _errs355;
if(vErrors !== null){
if(_errs355){
vErrors.length = _errs355;
}
else {
vErrors = null;
}
}
}
var valid54 = _errs354 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data103.tests !== undefined){
let data107 = data103.tests;
const _errs360 = errors;
if(errors === _errs360){
if(Array.isArray(data107)){
if(data107.length > 10000){
const err258 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
else {
var valid57 = true;
const len9 = data107.length;
for(let i9=0; i9<len9; i9++){
let data108 = data107[i9];
const _errs362 = errors;
if(errors === _errs362){
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
let missing17;
if(((((data108.name === undefined) && (missing17 = "name")) || ((data108.n === undefined) && (missing17 = "n"))) || ((data108.successes === undefined) && (missing17 = "successes"))) || ((data108.judgement === undefined) && (missing17 = "judgement"))){
const err259 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
else {
const _errs364 = errors;
for(const key18 in data108){
if(!((((key18 === "name") || (key18 === "n")) || (key18 === "successes")) || (key18 === "judgement"))){
const err260 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
break;
}
}
if(_errs364 === errors){
if(data108.name !== undefined){
let data109 = data108.name;
const _errs365 = errors;
if(errors === _errs365){
if(typeof data109 === "string"){
if(func3(data109) > 1000){
const err261 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else {
const err262 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
var valid58 = _errs365 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data108.n !== undefined){
let data110 = data108.n;
const _errs367 = errors;
if(!((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110)))){
const err263 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(errors === _errs367){
if(typeof data110 == "number"){
if(data110 > 9007199254740991 || isNaN(data110)){
const err264 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
else {
if(data110 < 0 || isNaN(data110)){
const err265 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
}
var valid58 = _errs367 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data108.successes !== undefined){
let data111 = data108.successes;
const _errs369 = errors;
const _errs370 = errors;
let valid59 = false;
const _errs371 = errors;
if(!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))){
const err266 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(errors === _errs371){
if(typeof data111 == "number"){
if(data111 > 9007199254740991 || isNaN(data111)){
const err267 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
else {
if(data111 < 0 || isNaN(data111)){
const err268 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
}
var _valid28 = _errs371 === errors;
valid59 = valid59 || _valid28;
if(!valid59){
const _errs373 = errors;
if(data111 !== null){
const err269 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
var _valid28 = _errs373 === errors;
valid59 = valid59 || _valid28;
}
if(!valid59){
const err270 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
else {
errors = _errs370;
if(vErrors !== null){
if(_errs370){
vErrors.length = _errs370;
}
else {
vErrors = null;
}
}
}
var valid58 = _errs369 === errors;
}
else {
var valid58 = true;
}
if(valid58){
if(data108.judgement !== undefined){
let data112 = data108.judgement;
const _errs375 = errors;
const _errs376 = errors;
let valid60 = false;
const _errs377 = errors;
if(typeof data112 !== "string"){
const err271 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if("holds" !== data112){
const err272 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid29 = _errs377 === errors;
valid60 = valid60 || _valid29;
if(!valid60){
const _errs379 = errors;
if(typeof data112 !== "string"){
const err273 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if("refuted" !== data112){
const err274 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
var _valid29 = _errs379 === errors;
valid60 = valid60 || _valid29;
if(!valid60){
const _errs381 = errors;
if(typeof data112 !== "string"){
const err275 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if("inconclusive" !== data112){
const err276 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
var _valid29 = _errs381 === errors;
valid60 = valid60 || _valid29;
}
}
if(!valid60){
const err277 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
else {
errors = _errs376;
if(vErrors !== null){
if(_errs376){
vErrors.length = _errs376;
}
else {
vErrors = null;
}
}
}
var valid58 = _errs375 === errors;
}
else {
var valid58 = true;
}
}
}
}
}
}
}
else {
const err278 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
var valid57 = _errs362 === errors;
if(!valid57){
break;
}
}
}
}
else {
const err279 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
var valid54 = _errs360 === errors;
}
else {
var valid54 = true;
}
}
}
}
}
}
}
else {
const err280 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
var _valid25 = _errs343 === errors;
valid53 = valid53 || _valid25;
if(!valid53){
const _errs383 = errors;
if(data103 !== null){
const err281 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid25 = _errs383 === errors;
valid53 = valid53 || _valid25;
}
if(!valid53){
const err282 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs342;
if(vErrors !== null){
if(_errs342){
vErrors.length = _errs342;
}
else {
vErrors = null;
}
}
}
var valid46 = _errs341 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data90.sha256 !== undefined){
let data113 = data90.sha256;
const _errs385 = errors;
if(errors === _errs385){
if(typeof data113 === "string"){
if(!pattern3.test(data113)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid46 = _errs385 === errors;
}
else {
var valid46 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs287 === errors;
}
else {
var valid45 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i8,schemaPath:"#/properties/results/items/properties/counterexamples/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid44 = _errs282 === errors;
if(!valid44){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples",schemaPath:"#/properties/results/items/properties/counterexamples/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs280 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.figures !== undefined){
let data114 = data11.figures;
const _errs387 = errors;
if(errors === _errs387){
if(Array.isArray(data114)){
if(data114.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures",schemaPath:"#/properties/results/items/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid61 = true;
const len10 = data114.length;
for(let i10=0; i10<len10; i10++){
let data115 = data114[i10];
const _errs389 = errors;
if(errors === _errs389){
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
let missing18;
if((((data115.name === undefined) && (missing18 = "name")) || ((data115.title === undefined) && (missing18 = "title"))) || ((data115.spec === undefined) && (missing18 = "spec"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10,schemaPath:"#/properties/results/items/properties/figures/items/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
const _errs391 = errors;
for(const key19 in data115){
if(!(((key19 === "name") || (key19 === "title")) || (key19 === "spec"))){
const _errs392 = errors;
if(!(validate24(data115[key19], {instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data115,parentDataProperty:key19,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid62 = _errs392 === errors;
if(!valid62){
break;
}
}
}
if(_errs391 === errors){
if(data115.name !== undefined){
let data117 = data115.name;
const _errs393 = errors;
if(errors === _errs393){
if(typeof data117 === "string"){
if(!pattern28.test(data117)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.@-]{1,200}$"},message:"must match pattern \""+"^[A-Za-z0-9_.@-]{1,200}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid63 = _errs393 === errors;
}
else {
var valid63 = true;
}
if(valid63){
if(data115.title !== undefined){
let data118 = data115.title;
const _errs395 = errors;
if(errors === _errs395){
if(typeof data118 === "string"){
if(func3(data118) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid63 = _errs395 === errors;
}
else {
var valid63 = true;
}
if(valid63){
if(data115.spec !== undefined){
const _errs397 = errors;
if(!(validate24(data115.spec, {instancePath:instancePath+"/results/" + i1+"/figures/" + i10+"/spec",parentData:data115,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid63 = _errs397 === errors;
}
else {
var valid63 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i10,schemaPath:"#/properties/results/items/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid61 = _errs389 === errors;
if(!valid61){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures",schemaPath:"#/properties/results/items/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs387 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.tables !== undefined){
let data120 = data11.tables;
const _errs398 = errors;
if(errors === _errs398){
if(Array.isArray(data120)){
if(data120.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables",schemaPath:"#/properties/results/items/properties/tables/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid64 = true;
const len11 = data120.length;
for(let i11=0; i11<len11; i11++){
let data121 = data120[i11];
const _errs400 = errors;
if(errors === _errs400){
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
let missing19;
if(((((data121.name === undefined) && (missing19 = "name")) || ((data121.title === undefined) && (missing19 = "title"))) || ((data121.columns === undefined) && (missing19 = "columns"))) || ((data121.rows === undefined) && (missing19 = "rows"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11,schemaPath:"#/properties/results/items/properties/tables/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
const _errs402 = errors;
for(const key20 in data121){
if(!((((key20 === "name") || (key20 === "title")) || (key20 === "columns")) || (key20 === "rows"))){
const _errs403 = errors;
if(!(validate24(data121[key20], {instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data121,parentDataProperty:key20,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid65 = _errs403 === errors;
if(!valid65){
break;
}
}
}
if(_errs402 === errors){
if(data121.name !== undefined){
let data123 = data121.name;
const _errs404 = errors;
if(errors === _errs404){
if(typeof data123 === "string"){
if(func3(data123) > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid66 = _errs404 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data121.title !== undefined){
let data124 = data121.title;
const _errs406 = errors;
if(errors === _errs406){
if(typeof data124 === "string"){
if(func3(data124) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid66 = _errs406 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data121.columns !== undefined){
let data125 = data121.columns;
const _errs408 = errors;
if(errors === _errs408){
if(Array.isArray(data125)){
if(data125.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid67 = true;
const len12 = data125.length;
for(let i12=0; i12<len12; i12++){
let data126 = data125[i12];
const _errs410 = errors;
if(errors === _errs410){
if(typeof data126 === "string"){
if(func3(data126) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/columns/" + i12,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/columns/" + i12,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid67 = _errs410 === errors;
if(!valid67){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid66 = _errs408 === errors;
}
else {
var valid66 = true;
}
if(valid66){
if(data121.rows !== undefined){
let data127 = data121.rows;
const _errs412 = errors;
if(errors === _errs412){
if(Array.isArray(data127)){
if(data127.length > 1000000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
return false;
}
else {
var valid68 = true;
const len13 = data127.length;
for(let i13=0; i13<len13; i13++){
let data128 = data127[i13];
const _errs414 = errors;
if(errors === _errs414){
if(Array.isArray(data128)){
if(data128.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid69 = true;
const len14 = data128.length;
for(let i14=0; i14<len14; i14++){
let data129 = data128[i14];
const _errs416 = errors;
const _errs417 = errors;
let valid70 = false;
const _errs418 = errors;
if(errors === _errs418){
if(typeof data129 === "string"){
if(func3(data129) > 1000000){
const err283 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13+"/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
else {
const err284 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13+"/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
var _valid30 = _errs418 === errors;
valid70 = valid70 || _valid30;
if(!valid70){
const _errs420 = errors;
if(!(typeof data129 == "number")){
const err285 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13+"/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
var _valid30 = _errs420 === errors;
valid70 = valid70 || _valid30;
}
if(!valid70){
const err286 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13+"/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs417;
if(vErrors !== null){
if(_errs417){
vErrors.length = _errs417;
}
else {
vErrors = null;
}
}
}
var valid69 = _errs416 === errors;
if(!valid69){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows/" + i13,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid68 = _errs414 === errors;
if(!valid68){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid66 = _errs412 === errors;
}
else {
var valid66 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i11,schemaPath:"#/properties/results/items/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid64 = _errs400 === errors;
if(!valid64){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables",schemaPath:"#/properties/results/items/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs398 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.regression !== undefined){
let data130 = data11.regression;
const _errs422 = errors;
const _errs423 = errors;
let valid71 = false;
const _errs424 = errors;
if(errors === _errs424){
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
let missing20;
if(((data130.stored === undefined) && (missing20 = "stored")) || ((data130.stillRefuting === undefined) && (missing20 = "stillRefuting"))){
const err287 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
else {
const _errs426 = errors;
for(const key21 in data130){
if(!((key21 === "stored") || (key21 === "stillRefuting"))){
const err288 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
break;
}
}
if(_errs426 === errors){
if(data130.stored !== undefined){
let data131 = data130.stored;
const _errs427 = errors;
if(!((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131)))){
const err289 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(errors === _errs427){
if(typeof data131 == "number"){
if(data131 > 9007199254740991 || isNaN(data131)){
const err290 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
else {
if(data131 < 0 || isNaN(data131)){
const err291 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
}
var valid72 = _errs427 === errors;
}
else {
var valid72 = true;
}
if(valid72){
if(data130.stillRefuting !== undefined){
let data132 = data130.stillRefuting;
const _errs429 = errors;
if(!((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132)))){
const err292 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
if(errors === _errs429){
if(typeof data132 == "number"){
if(data132 > 9007199254740991 || isNaN(data132)){
const err293 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
else {
if(data132 < 0 || isNaN(data132)){
const err294 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
}
var valid72 = _errs429 === errors;
}
else {
var valid72 = true;
}
}
}
}
}
else {
const err295 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
var _valid31 = _errs424 === errors;
valid71 = valid71 || _valid31;
if(!valid71){
const _errs431 = errors;
if(data130 !== null){
const err296 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
var _valid31 = _errs431 === errors;
valid71 = valid71 || _valid31;
}
if(!valid71){
const err297 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs423;
if(vErrors !== null){
if(_errs423){
vErrors.length = _errs423;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs422 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.ms !== undefined){
let data133 = data11.ms;
const _errs433 = errors;
if(errors === _errs433){
if(typeof data133 == "number"){
if(data133 < 0 || isNaN(data133)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid8 = _errs433 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.smtTimingsMs !== undefined){
let data134 = data11.smtTimingsMs;
const _errs435 = errors;
if(errors === _errs435){
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
if(Object.keys(data134).length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs",schemaPath:"#/properties/results/items/properties/smtTimingsMs/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"}];
return false;
}
else {
var valid73 = true;
for(const key22 in data134){
if(pattern29.test(key22)){
let data135 = data134[key22];
const _errs437 = errors;
if(errors === _errs437){
if(typeof data135 == "number"){
if(data135 < 0 || isNaN(data135)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/smtTimingsMs/patternProperties/%5E(.*)%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/smtTimingsMs/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid73 = _errs437 === errors;
if(!valid73){
break;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs",schemaPath:"#/properties/results/items/properties/smtTimingsMs/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs435 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs37 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const tables = validate36;
const schema17 = {"maxProperties":100000,"$id":"https://pruning-gap-check/schemas/tables.schema.json","title":"pruning-gap-check tables.json","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","patternProperties":{"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","columns","rows"],"properties":{"name":{"maxLength":1000,"type":"string"},"title":{"maxLength":10000,"type":"string"},"columns":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"rows":{"maxItems":1000000,"type":"array","items":{"maxItems":1000,"type":"array","items":{"anyOf":[{"maxLength":1000000,"type":"string"},{"type":"number"}]}}}}}}}};
const wrapper6 = {validate: validate37};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(typeof data !== "boolean"){
const err1 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(!(typeof data == "number")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(errors === _errs7){
if(typeof data === "string"){
if(func3(data) > 1000000){
const err3 = {instancePath,schemaPath:"#/anyOf/3/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data)){
if(data.length > 1000000){
const err5 = {instancePath,schemaPath:"#/anyOf/4/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(wrapper6.validate(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper6.validate.errors : vErrors.concat(wrapper6.validate.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/4/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10000){
const err7 = {instancePath,schemaPath:"#/anyOf/5/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
for(const key0 in data){
const _errs15 = errors;
if(!(wrapper6.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? wrapper6.validate.errors : vErrors.concat(wrapper6.validate.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate37.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/tables.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100000){
validate36.errors = [{instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100000},message:"must NOT have more than 100000 properties"}];
return false;
}
else {
var valid0 = true;
for(const key0 in data){
if(pattern0.test(key0)){
let data0 = data[key0];
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 10000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((((data1.name === undefined) && (missing0 = "name")) || ((data1.title === undefined) && (missing0 = "title"))) || ((data1.columns === undefined) && (missing0 = "columns"))) || ((data1.rows === undefined) && (missing0 = "rows"))){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "title")) || (key1 === "columns")) || (key1 === "rows"))){
const _errs6 = errors;
if(!(validate37(data1[key1], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
if(_errs5 === errors){
if(data1.name !== undefined){
let data3 = data1.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/name",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/name",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.title !== undefined){
let data4 = data1.title;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func3(data4) > 10000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/title",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/title",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.columns !== undefined){
let data5 = data1.columns;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length > 1000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(func3(data6) > 10000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns/" + i1,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns/" + i1,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs13 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.rows !== undefined){
let data7 = data1.rows;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
if(data7.length > 1000000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
return false;
}
else {
var valid5 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
if(data8.length > 1000){
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid6 = true;
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
const _errs19 = errors;
const _errs20 = errors;
let valid7 = false;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(func3(data9) > 1000000){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2+"/" + i3,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2+"/" + i3,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const _errs23 = errors;
if(!(typeof data9 == "number")){
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2+"/" + i3,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid7 = valid7 || _valid0;
}
if(!valid7){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2+"/" + i3,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate36.errors = vErrors;
return false;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs19 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

