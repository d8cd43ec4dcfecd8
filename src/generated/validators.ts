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
const schema13 = {"additionalProperties":{"$ref":"#/$defs/Json"},"$id":"https://pruning-gap-check/schemas/claims.schema.json","title":"pruning-gap-check claims.json","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","claims"],"properties":{"format":{"const":"pruning-gap-check/claims@1","type":"string"},"settings":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["seed","depth","runs"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]}}},"claims":{"maxItems":100000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["id","specRef","paperRef","versions","readings","kind","statement","uses","expected","negativeControlOf","verdict","asExpected","verdictText","evidence","counterexample","figures"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"specRef":{"maxLength":1000,"type":"string"},"paperRef":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"versions":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"readings":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"statement":{"maxLength":100000,"type":"string"},"uses":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}},"expected":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"open","type":"string"}]},"negativeControlOf":{"anyOf":[{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},{"type":"null"}]},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","numRuns","hypothesis","boundaryHits","examples","exhaustive","closestCase","refutedBy"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numRuns":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"hypothesis":{"additionalProperties":false,"type":"object","required":["met","draws","maxDraws","filteredTooMuch"],"properties":{"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"draws":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"maxDraws":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"filteredTooMuch":{"type":"boolean"}}},"boundaryHits":{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["label","cases"],"properties":{"label":{"maxLength":1000,"type":"string"},"cases":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}}},"examples":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"exhaustive":{"anyOf":[{"additionalProperties":false,"type":"object","required":["domain","inputs","met","complete"],"properties":{"domain":{"maxLength":10000,"type":"string"},"inputs":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"complete":{"type":"boolean"}}},{"type":"null"}]},"closestCase":{"anyOf":[{"additionalProperties":false,"type":"object","required":["ratio","approx","relation"],"properties":{"ratio":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"},"relation":{"maxLength":10000,"type":"string"}}},{"type":"null"}]},"refutedBy":{"anyOf":[{"additionalProperties":false,"type":"object","required":["source"],"properties":{"source":{"anyOf":[{"const":"search","type":"string"},{"const":"exhaustive","type":"string"},{"const":"stored counterexample","type":"string"}]},"foundAfterCases":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numShrinks":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"gridInput":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]}}},{"additionalProperties":false,"type":"object","required":["seed","alpha","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"alpha":{"maxLength":1000,"type":"string"},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","method","n","successes","alpha","interval","claimed","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"method":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"alpha":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"interval":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["lo","hi"],"properties":{"lo":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"hi":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"}}},"claimed":{"maxLength":10000,"type":"string"},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]},"power":{"$ref":"#/$defs/Json"}}}},"details":{"$ref":"#/$defs/Json"}}},{"additionalProperties":false,"type":"object","required":["error"],"properties":{"error":{"maxLength":100000,"type":"string"}}}]},"tightness":{"anyOf":[{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","description","value","falseSide","specTight","result","eta","counterexample"],"properties":{"name":{"maxLength":1000,"type":"string"},"description":{"maxLength":10000,"type":"string"},"value":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"falseSide":{"anyOf":[{"const":"up","type":"string"},{"const":"down","type":"string"}]},"specTight":{"type":"boolean"},"result":{"maxLength":10000,"type":"string"},"eta":{"anyOf":[{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},{"type":"null"}]},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]}}}},{"type":"null"}]},"smt":{"$ref":"#/$defs/Json"},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"figures":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}}}}}}};
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
if(((((((((data25.seed === undefined) && (missing3 = "seed")) || ((data25.numRuns === undefined) && (missing3 = "numRuns"))) || ((data25.hypothesis === undefined) && (missing3 = "hypothesis"))) || ((data25.boundaryHits === undefined) && (missing3 = "boundaryHits"))) || ((data25.examples === undefined) && (missing3 = "examples"))) || ((data25.exhaustive === undefined) && (missing3 = "exhaustive"))) || ((data25.closestCase === undefined) && (missing3 = "closestCase"))) || ((data25.refutedBy === undefined) && (missing3 = "refutedBy"))){
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
if(!((((((((key3 === "seed") || (key3 === "numRuns")) || (key3 === "hypothesis")) || (key3 === "boundaryHits")) || (key3 === "examples")) || (key3 === "exhaustive")) || (key3 === "closestCase")) || (key3 === "refutedBy"))){
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
if(((((data28.met === undefined) && (missing4 = "met")) || ((data28.draws === undefined) && (missing4 = "draws"))) || ((data28.maxDraws === undefined) && (missing4 = "maxDraws"))) || ((data28.filteredTooMuch === undefined) && (missing4 = "filteredTooMuch"))){
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
if(!((((key4 === "met") || (key4 === "draws")) || (key4 === "maxDraws")) || (key4 === "filteredTooMuch"))){
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
if(data28.draws !== undefined){
let data30 = data28.draws;
const _errs104 = errors;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err57 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/draws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err58 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/draws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err59 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/draws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data28.maxDraws !== undefined){
let data31 = data28.maxDraws;
const _errs106 = errors;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err60 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/maxDraws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err61 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/maxDraws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err62 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/maxDraws",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data28.filteredTooMuch !== undefined){
const _errs108 = errors;
if(typeof data28.filteredTooMuch !== "boolean"){
const err63 = {instancePath:instancePath+"/claims/" + i0+"/evidence/hypothesis/filteredTooMuch",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/hypothesis/properties/filteredTooMuch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
if(data25.boundaryHits !== undefined){
let data33 = data25.boundaryHits;
const _errs110 = errors;
if(errors === _errs110){
if(Array.isArray(data33)){
if(data33.length > 1000){
const err65 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
var valid19 = true;
const len4 = data33.length;
for(let i4=0; i4<len4; i4++){
let data34 = data33[i4];
const _errs112 = errors;
if(errors === _errs112){
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
let missing5;
if(((data34.label === undefined) && (missing5 = "label")) || ((data34.cases === undefined) && (missing5 = "cases"))){
const err66 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
const _errs114 = errors;
for(const key5 in data34){
if(!((key5 === "label") || (key5 === "cases"))){
const err67 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
break;
}
}
if(_errs114 === errors){
if(data34.label !== undefined){
let data35 = data34.label;
const _errs115 = errors;
if(errors === _errs115){
if(typeof data35 === "string"){
if(func3(data35) > 1000){
const err68 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4+"/label",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4+"/label",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var valid20 = _errs115 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data34.cases !== undefined){
let data36 = data34.cases;
const _errs117 = errors;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err70 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4+"/cases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(errors === _errs117){
if(typeof data36 == "number"){
if(data36 > 9007199254740991 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4+"/cases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
if(data36 < 0 || isNaN(data36)){
const err72 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4+"/cases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
}
var valid20 = _errs117 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits/" + i4,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var valid19 = _errs112 === errors;
if(!valid19){
break;
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/claims/" + i0+"/evidence/boundaryHits",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/boundaryHits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
var valid17 = _errs110 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.examples !== undefined){
let data37 = data25.examples;
const _errs119 = errors;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err75 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(errors === _errs119){
if(typeof data37 == "number"){
if(data37 > 9007199254740991 || isNaN(data37)){
const err76 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err77 = {instancePath:instancePath+"/claims/" + i0+"/evidence/examples",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/examples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var valid17 = _errs119 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.exhaustive !== undefined){
let data38 = data25.exhaustive;
const _errs121 = errors;
const _errs122 = errors;
let valid21 = false;
const _errs123 = errors;
if(errors === _errs123){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing6;
if(((((data38.domain === undefined) && (missing6 = "domain")) || ((data38.inputs === undefined) && (missing6 = "inputs"))) || ((data38.met === undefined) && (missing6 = "met"))) || ((data38.complete === undefined) && (missing6 = "complete"))){
const err78 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
const _errs125 = errors;
for(const key6 in data38){
if(!((((key6 === "domain") || (key6 === "inputs")) || (key6 === "met")) || (key6 === "complete"))){
const err79 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
break;
}
}
if(_errs125 === errors){
if(data38.domain !== undefined){
let data39 = data38.domain;
const _errs126 = errors;
if(errors === _errs126){
if(typeof data39 === "string"){
if(func3(data39) > 10000){
const err80 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/domain",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/domain",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var valid22 = _errs126 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data38.inputs !== undefined){
let data40 = data38.inputs;
const _errs128 = errors;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err82 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(errors === _errs128){
if(typeof data40 == "number"){
if(data40 > 9007199254740991 || isNaN(data40)){
const err83 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
if(data40 < 0 || isNaN(data40)){
const err84 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/inputs",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
var valid22 = _errs128 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data38.met !== undefined){
let data41 = data38.met;
const _errs130 = errors;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err85 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(errors === _errs130){
if(typeof data41 == "number"){
if(data41 > 9007199254740991 || isNaN(data41)){
const err86 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
if(data41 < 0 || isNaN(data41)){
const err87 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/met",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
}
var valid22 = _errs130 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data38.complete !== undefined){
const _errs132 = errors;
if(typeof data38.complete !== "boolean"){
const err88 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive/complete",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var valid22 = _errs132 === errors;
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
const err89 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
var _valid8 = _errs123 === errors;
valid21 = valid21 || _valid8;
if(!valid21){
const _errs134 = errors;
if(data38 !== null){
const err90 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid8 = _errs134 === errors;
valid21 = valid21 || _valid8;
}
if(!valid21){
const err91 = {instancePath:instancePath+"/claims/" + i0+"/evidence/exhaustive",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/exhaustive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs121 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.closestCase !== undefined){
let data43 = data25.closestCase;
const _errs136 = errors;
const _errs137 = errors;
let valid23 = false;
const _errs138 = errors;
if(errors === _errs138){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing7;
if((((data43.ratio === undefined) && (missing7 = "ratio")) || ((data43.approx === undefined) && (missing7 = "approx"))) || ((data43.relation === undefined) && (missing7 = "relation"))){
const err92 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
const _errs140 = errors;
for(const key7 in data43){
if(!(((key7 === "ratio") || (key7 === "approx")) || (key7 === "relation"))){
const err93 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
break;
}
}
if(_errs140 === errors){
if(data43.ratio !== undefined){
let data44 = data43.ratio;
const _errs141 = errors;
if(errors === _errs141){
if(typeof data44 === "string"){
if(func3(data44) > 1000000){
const err94 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
if(!pattern2.test(data44)){
const err95 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/ratio",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var valid24 = _errs141 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data43.approx !== undefined){
let data45 = data43.approx;
const _errs143 = errors;
if(errors === _errs143){
if(typeof data45 === "string"){
if(func3(data45) > 1000){
const err97 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
var valid24 = _errs143 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data43.relation !== undefined){
let data46 = data43.relation;
const _errs145 = errors;
if(errors === _errs145){
if(typeof data46 === "string"){
if(func3(data46) > 10000){
const err99 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/relation",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase/relation",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
var valid24 = _errs145 === errors;
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
const err101 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
var _valid9 = _errs138 === errors;
valid23 = valid23 || _valid9;
if(!valid23){
const _errs147 = errors;
if(data43 !== null){
const err102 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid9 = _errs147 === errors;
valid23 = valid23 || _valid9;
}
if(!valid23){
const err103 = {instancePath:instancePath+"/claims/" + i0+"/evidence/closestCase",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/closestCase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs137;
if(vErrors !== null){
if(_errs137){
vErrors.length = _errs137;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs136 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data25.refutedBy !== undefined){
let data47 = data25.refutedBy;
const _errs149 = errors;
const _errs150 = errors;
let valid25 = false;
const _errs151 = errors;
if(errors === _errs151){
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
let missing8;
if((data47.source === undefined) && (missing8 = "source")){
const err104 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
const _errs153 = errors;
for(const key8 in data47){
if(!((((key8 === "source") || (key8 === "foundAfterCases")) || (key8 === "numShrinks")) || (key8 === "gridInput"))){
const err105 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
break;
}
}
if(_errs153 === errors){
if(data47.source !== undefined){
let data48 = data47.source;
const _errs154 = errors;
const _errs155 = errors;
let valid27 = false;
const _errs156 = errors;
if(typeof data48 !== "string"){
const err106 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if("search" !== data48){
const err107 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "search"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid11 = _errs156 === errors;
valid27 = valid27 || _valid11;
if(!valid27){
const _errs158 = errors;
if(typeof data48 !== "string"){
const err108 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if("exhaustive" !== data48){
const err109 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid11 = _errs158 === errors;
valid27 = valid27 || _valid11;
if(!valid27){
const _errs160 = errors;
if(typeof data48 !== "string"){
const err110 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if("stored counterexample" !== data48){
const err111 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "stored counterexample"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid11 = _errs160 === errors;
valid27 = valid27 || _valid11;
}
}
if(!valid27){
const err112 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/source",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
}
var valid26 = _errs154 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data47.foundAfterCases !== undefined){
let data49 = data47.foundAfterCases;
const _errs162 = errors;
if(!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))){
const err113 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(errors === _errs162){
if(typeof data49 == "number"){
if(data49 > 9007199254740991 || isNaN(data49)){
const err114 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
else {
if(data49 < 0 || isNaN(data49)){
const err115 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var valid26 = _errs162 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data47.numShrinks !== undefined){
let data50 = data47.numShrinks;
const _errs164 = errors;
if(!((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50)))){
const err116 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(errors === _errs164){
if(typeof data50 == "number"){
if(data50 > 9007199254740991 || isNaN(data50)){
const err117 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
else {
if(data50 < 0 || isNaN(data50)){
const err118 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/numShrinks",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
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
if(data47.gridInput !== undefined){
let data51 = data47.gridInput;
const _errs166 = errors;
if(!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))){
const err119 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(errors === _errs166){
if(typeof data51 == "number"){
if(data51 > 9007199254740991 || isNaN(data51)){
const err120 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
else {
if(data51 < 0 || isNaN(data51)){
const err121 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy/gridInput",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
}
var valid26 = _errs166 === errors;
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
const err122 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
var _valid10 = _errs151 === errors;
valid25 = valid25 || _valid10;
if(!valid25){
const _errs168 = errors;
if(data47 !== null){
const err123 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid10 = _errs168 === errors;
valid25 = valid25 || _valid10;
}
if(!valid25){
const err124 = {instancePath:instancePath+"/claims/" + i0+"/evidence/refutedBy",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/properties/refutedBy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs149 === errors;
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
}
else {
const err125 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
var _valid7 = _errs92 === errors;
valid16 = valid16 || _valid7;
if(!valid16){
const _errs170 = errors;
if(errors === _errs170){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing9;
if((((data25.seed === undefined) && (missing9 = "seed")) || ((data25.alpha === undefined) && (missing9 = "alpha"))) || ((data25.tests === undefined) && (missing9 = "tests"))){
const err126 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
else {
const _errs172 = errors;
for(const key9 in data25){
if(!((((key9 === "seed") || (key9 === "alpha")) || (key9 === "tests")) || (key9 === "details"))){
const err127 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
break;
}
}
if(_errs172 === errors){
if(data25.seed !== undefined){
let data52 = data25.seed;
const _errs173 = errors;
if(!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))){
const err128 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(errors === _errs173){
if(typeof data52 == "number"){
if(data52 > 9007199254740991 || isNaN(data52)){
const err129 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
if(data52 < 0 || isNaN(data52)){
const err130 = {instancePath:instancePath+"/claims/" + i0+"/evidence/seed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
}
var valid28 = _errs173 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data25.alpha !== undefined){
let data53 = data25.alpha;
const _errs175 = errors;
if(errors === _errs175){
if(typeof data53 === "string"){
if(func3(data53) > 1000){
const err131 = {instancePath:instancePath+"/claims/" + i0+"/evidence/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/claims/" + i0+"/evidence/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
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
if(data25.tests !== undefined){
let data54 = data25.tests;
const _errs177 = errors;
if(errors === _errs177){
if(Array.isArray(data54)){
if(data54.length > 10000){
const err133 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
else {
var valid29 = true;
const len5 = data54.length;
for(let i5=0; i5<len5; i5++){
let data55 = data54[i5];
const _errs179 = errors;
if(errors === _errs179){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing10;
if(((((((((data55.name === undefined) && (missing10 = "name")) || ((data55.method === undefined) && (missing10 = "method"))) || ((data55.n === undefined) && (missing10 = "n"))) || ((data55.successes === undefined) && (missing10 = "successes"))) || ((data55.alpha === undefined) && (missing10 = "alpha"))) || ((data55.interval === undefined) && (missing10 = "interval"))) || ((data55.claimed === undefined) && (missing10 = "claimed"))) || ((data55.judgement === undefined) && (missing10 = "judgement"))){
const err134 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
const _errs181 = errors;
for(const key10 in data55){
if(!(func2.call(schema13.properties.claims.items.properties.evidence.anyOf[1].properties.tests.items.properties, key10))){
const err135 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
break;
}
}
if(_errs181 === errors){
if(data55.name !== undefined){
let data56 = data55.name;
const _errs182 = errors;
if(errors === _errs182){
if(typeof data56 === "string"){
if(func3(data56) > 1000){
const err136 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/name",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/name",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
var valid30 = _errs182 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.method !== undefined){
let data57 = data55.method;
const _errs184 = errors;
if(errors === _errs184){
if(typeof data57 === "string"){
if(func3(data57) > 1000){
const err138 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/method",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/method/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/method",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
var valid30 = _errs184 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.n !== undefined){
let data58 = data55.n;
const _errs186 = errors;
if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){
const err140 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(errors === _errs186){
if(typeof data58 == "number"){
if(data58 > 9007199254740991 || isNaN(data58)){
const err141 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
if(data58 < 0 || isNaN(data58)){
const err142 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/n",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
}
var valid30 = _errs186 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.successes !== undefined){
let data59 = data55.successes;
const _errs188 = errors;
const _errs189 = errors;
let valid31 = false;
const _errs190 = errors;
if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){
const err143 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(errors === _errs190){
if(typeof data59 == "number"){
if(data59 > 9007199254740991 || isNaN(data59)){
const err144 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
else {
if(data59 < 0 || isNaN(data59)){
const err145 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
}
var _valid12 = _errs190 === errors;
valid31 = valid31 || _valid12;
if(!valid31){
const _errs192 = errors;
if(data59 !== null){
const err146 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid12 = _errs192 === errors;
valid31 = valid31 || _valid12;
}
if(!valid31){
const err147 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/successes",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
else {
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
}
var valid30 = _errs188 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.alpha !== undefined){
let data60 = data55.alpha;
const _errs194 = errors;
if(errors === _errs194){
if(typeof data60 === "string"){
if(func3(data60) > 1000000){
const err148 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
if(!pattern2.test(data60)){
const err149 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/alpha",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
var valid30 = _errs194 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.interval !== undefined){
let data61 = data55.interval;
const _errs196 = errors;
if(errors === _errs196){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
let missing11;
if(((data61.lo === undefined) && (missing11 = "lo")) || ((data61.hi === undefined) && (missing11 = "hi"))){
const err151 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
const _errs198 = errors;
for(const key11 in data61){
if(!(((key11 === "lo") || (key11 === "hi")) || (key11 === "approx"))){
const _errs199 = errors;
if(!(validate16(data61[key11], {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data61,parentDataProperty:key11,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid32 = _errs199 === errors;
if(!valid32){
break;
}
}
}
if(_errs198 === errors){
if(data61.lo !== undefined){
let data63 = data61.lo;
const _errs200 = errors;
if(errors === _errs200){
if(typeof data63 === "string"){
if(func3(data63) > 1000000){
const err152 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
if(!pattern2.test(data63)){
const err153 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/lo",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var valid33 = _errs200 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data61.hi !== undefined){
let data64 = data61.hi;
const _errs202 = errors;
if(errors === _errs202){
if(typeof data64 === "string"){
if(func3(data64) > 1000000){
const err155 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
else {
if(!pattern2.test(data64)){
const err156 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/hi",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
var valid33 = _errs202 === errors;
}
else {
var valid33 = true;
}
if(valid33){
if(data61.approx !== undefined){
let data65 = data61.approx;
const _errs204 = errors;
if(errors === _errs204){
if(typeof data65 === "string"){
if(func3(data65) > 1000){
const err158 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval/approx",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
var valid33 = _errs204 === errors;
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
const err160 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/interval",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
var valid30 = _errs196 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.claimed !== undefined){
let data66 = data55.claimed;
const _errs206 = errors;
if(errors === _errs206){
if(typeof data66 === "string"){
if(func3(data66) > 10000){
const err161 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/claimed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/claimed",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
var valid30 = _errs206 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.judgement !== undefined){
let data67 = data55.judgement;
const _errs208 = errors;
const _errs209 = errors;
let valid34 = false;
const _errs210 = errors;
if(typeof data67 !== "string"){
const err163 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if("holds" !== data67){
const err164 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid13 = _errs210 === errors;
valid34 = valid34 || _valid13;
if(!valid34){
const _errs212 = errors;
if(typeof data67 !== "string"){
const err165 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if("refuted" !== data67){
const err166 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
var _valid13 = _errs212 === errors;
valid34 = valid34 || _valid13;
if(!valid34){
const _errs214 = errors;
if(typeof data67 !== "string"){
const err167 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if("inconclusive" !== data67){
const err168 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid13 = _errs214 === errors;
valid34 = valid34 || _valid13;
}
}
if(!valid34){
const err169 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/judgement",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
else {
errors = _errs209;
if(vErrors !== null){
if(_errs209){
vErrors.length = _errs209;
}
else {
vErrors = null;
}
}
}
var valid30 = _errs208 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data55.power !== undefined){
const _errs216 = errors;
if(!(validate16(data55.power, {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5+"/power",parentData:data55,parentDataProperty:"power",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid30 = _errs216 === errors;
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
const err170 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests/" + i5,schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
var valid29 = _errs179 === errors;
if(!valid29){
break;
}
}
}
}
else {
const err171 = {instancePath:instancePath+"/claims/" + i0+"/evidence/tests",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
var valid28 = _errs177 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data25.details !== undefined){
const _errs217 = errors;
if(!(validate16(data25.details, {instancePath:instancePath+"/claims/" + i0+"/evidence/details",parentData:data25,parentDataProperty:"details",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid28 = _errs217 === errors;
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
const err172 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
var _valid7 = _errs170 === errors;
valid16 = valid16 || _valid7;
if(!valid16){
const _errs218 = errors;
if(errors === _errs218){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing12;
if((data25.error === undefined) && (missing12 = "error")){
const err173 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
else {
const _errs220 = errors;
for(const key12 in data25){
if(!(key12 === "error")){
const err174 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
break;
}
}
if(_errs220 === errors){
if(data25.error !== undefined){
let data70 = data25.error;
const _errs221 = errors;
if(errors === _errs221){
if(typeof data70 === "string"){
if(func3(data70) > 100000){
const err175 = {instancePath:instancePath+"/claims/" + i0+"/evidence/error",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/claims/" + i0+"/evidence/error",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
}
}
}
else {
const err177 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
var _valid7 = _errs218 === errors;
valid16 = valid16 || _valid7;
}
}
if(!valid16){
const err178 = {instancePath:instancePath+"/claims/" + i0+"/evidence",schemaPath:"#/properties/claims/items/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
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
let data71 = data8.tightness;
const _errs223 = errors;
const _errs224 = errors;
let valid36 = false;
const _errs225 = errors;
if(errors === _errs225){
if(Array.isArray(data71)){
if(data71.length > 1000){
const err179 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
var valid37 = true;
const len6 = data71.length;
for(let i6=0; i6<len6; i6++){
let data72 = data71[i6];
const _errs227 = errors;
if(errors === _errs227){
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
let missing13;
if(((((((((data72.name === undefined) && (missing13 = "name")) || ((data72.description === undefined) && (missing13 = "description"))) || ((data72.value === undefined) && (missing13 = "value"))) || ((data72.falseSide === undefined) && (missing13 = "falseSide"))) || ((data72.specTight === undefined) && (missing13 = "specTight"))) || ((data72.result === undefined) && (missing13 = "result"))) || ((data72.eta === undefined) && (missing13 = "eta"))) || ((data72.counterexample === undefined) && (missing13 = "counterexample"))){
const err180 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
const _errs229 = errors;
for(const key13 in data72){
if(!((((((((key13 === "name") || (key13 === "description")) || (key13 === "value")) || (key13 === "falseSide")) || (key13 === "specTight")) || (key13 === "result")) || (key13 === "eta")) || (key13 === "counterexample"))){
const err181 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
break;
}
}
if(_errs229 === errors){
if(data72.name !== undefined){
let data73 = data72.name;
const _errs230 = errors;
if(errors === _errs230){
if(typeof data73 === "string"){
if(func3(data73) > 1000){
const err182 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/name",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/name",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
var valid38 = _errs230 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.description !== undefined){
let data74 = data72.description;
const _errs232 = errors;
if(errors === _errs232){
if(typeof data74 === "string"){
if(func3(data74) > 10000){
const err184 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/description",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/description",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
var valid38 = _errs232 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.value !== undefined){
let data75 = data72.value;
const _errs234 = errors;
if(errors === _errs234){
if(typeof data75 === "string"){
if(func3(data75) > 1000000){
const err186 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
else {
if(!pattern2.test(data75)){
const err187 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/value",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
var valid38 = _errs234 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.falseSide !== undefined){
let data76 = data72.falseSide;
const _errs236 = errors;
const _errs237 = errors;
let valid39 = false;
const _errs238 = errors;
if(typeof data76 !== "string"){
const err189 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if("up" !== data76){
const err190 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/const",keyword:"const",params:{allowedValue: "up"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid15 = _errs238 === errors;
valid39 = valid39 || _valid15;
if(!valid39){
const _errs240 = errors;
if(typeof data76 !== "string"){
const err191 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if("down" !== data76){
const err192 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/const",keyword:"const",params:{allowedValue: "down"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid15 = _errs240 === errors;
valid39 = valid39 || _valid15;
}
if(!valid39){
const err193 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/falseSide",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/falseSide/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs237;
if(vErrors !== null){
if(_errs237){
vErrors.length = _errs237;
}
else {
vErrors = null;
}
}
}
var valid38 = _errs236 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.specTight !== undefined){
const _errs242 = errors;
if(typeof data72.specTight !== "boolean"){
const err194 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/specTight",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/specTight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var valid38 = _errs242 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.result !== undefined){
let data78 = data72.result;
const _errs244 = errors;
if(errors === _errs244){
if(typeof data78 === "string"){
if(func3(data78) > 10000){
const err195 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/result",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/result/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/result",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
var valid38 = _errs244 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.eta !== undefined){
let data79 = data72.eta;
const _errs246 = errors;
const _errs247 = errors;
let valid40 = false;
const _errs248 = errors;
if(errors === _errs248){
if(typeof data79 === "string"){
if(func3(data79) > 1000000){
const err197 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
if(!pattern2.test(data79)){
const err198 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
var _valid16 = _errs248 === errors;
valid40 = valid40 || _valid16;
if(!valid40){
const _errs250 = errors;
if(data79 !== null){
const err200 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
var _valid16 = _errs250 === errors;
valid40 = valid40 || _valid16;
}
if(!valid40){
const err201 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/eta",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/eta/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
else {
errors = _errs247;
if(vErrors !== null){
if(_errs247){
vErrors.length = _errs247;
}
else {
vErrors = null;
}
}
}
var valid38 = _errs246 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data72.counterexample !== undefined){
let data80 = data72.counterexample;
const _errs252 = errors;
const _errs253 = errors;
let valid41 = false;
const _errs254 = errors;
if(errors === _errs254){
if(typeof data80 === "string"){
if(func3(data80) > 1000){
const err202 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
var _valid17 = _errs254 === errors;
valid41 = valid41 || _valid17;
if(!valid41){
const _errs256 = errors;
if(data80 !== null){
const err204 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid17 = _errs256 === errors;
valid41 = valid41 || _valid17;
}
if(!valid41){
const err205 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6+"/counterexample",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
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
var valid38 = _errs252 === errors;
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
const err206 = {instancePath:instancePath+"/claims/" + i0+"/tightness/" + i6,schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
var valid37 = _errs227 === errors;
if(!valid37){
break;
}
}
}
}
else {
const err207 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
var _valid14 = _errs225 === errors;
valid36 = valid36 || _valid14;
if(!valid36){
const _errs258 = errors;
if(data71 !== null){
const err208 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
var _valid14 = _errs258 === errors;
valid36 = valid36 || _valid14;
}
if(!valid36){
const err209 = {instancePath:instancePath+"/claims/" + i0+"/tightness",schemaPath:"#/properties/claims/items/properties/tightness/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs224;
if(vErrors !== null){
if(_errs224){
vErrors.length = _errs224;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs223 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.smt !== undefined){
const _errs260 = errors;
if(!(validate16(data8.smt, {instancePath:instancePath+"/claims/" + i0+"/smt",parentData:data8,parentDataProperty:"smt",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid7 = _errs260 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.counterexample !== undefined){
let data82 = data8.counterexample;
const _errs261 = errors;
const _errs262 = errors;
let valid42 = false;
const _errs263 = errors;
if(errors === _errs263){
if(typeof data82 === "string"){
if(func3(data82) > 1000){
const err210 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
var _valid18 = _errs263 === errors;
valid42 = valid42 || _valid18;
if(!valid42){
const _errs265 = errors;
if(data82 !== null){
const err212 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
var _valid18 = _errs265 === errors;
valid42 = valid42 || _valid18;
}
if(!valid42){
const err213 = {instancePath:instancePath+"/claims/" + i0+"/counterexample",schemaPath:"#/properties/claims/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
validate15.errors = vErrors;
return false;
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
var valid7 = _errs261 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.figures !== undefined){
let data83 = data8.figures;
const _errs267 = errors;
if(errors === _errs267){
if(Array.isArray(data83)){
if(data83.length > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures",schemaPath:"#/properties/claims/items/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid43 = true;
const len7 = data83.length;
for(let i7=0; i7<len7; i7++){
let data84 = data83[i7];
const _errs269 = errors;
if(errors === _errs269){
if(typeof data84 === "string"){
if(func3(data84) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures/" + i7,schemaPath:"#/properties/claims/items/properties/figures/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/figures/" + i7,schemaPath:"#/properties/claims/items/properties/figures/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid43 = _errs269 === errors;
if(!valid43){
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
var valid7 = _errs267 === errors;
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
const schema15 = {"additionalProperties":false,"$id":"https://pruning-gap-check/schemas/shard.schema.json","title":"pruning-gap-check shard file","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","shard","pattern","claimSet","results"],"properties":{"format":{"const":"pruning-gap-check/shard@1","type":"string"},"settings":{"additionalProperties":false,"type":"object","required":["seed","depth","runs","samplerVersion"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"samplerVersion":{"minimum":1,"maximum":9007199254740991,"type":"integer"}}},"shard":{"pattern":"^[0-9]{1,4}/[0-9]{1,4}$","type":"string"},"pattern":{"anyOf":[{"maxLength":10000,"type":"string"},{"type":"null"}]},"claimSet":{"maxItems":100000,"type":"array","items":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"}},"results":{"maxItems":100000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["id","record","figures","tables","ms"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"record":{"additionalProperties":false,"type":"object","required":["id","specRef","paperRef","versions","readings","kind","statement","uses","expected","negativeControlOf","verdict","asExpected","verdictText","evidence","counterexample","figures"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"specRef":{"maxLength":1000,"type":"string"},"paperRef":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"versions":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"readings":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"statement":{"maxLength":100000,"type":"string"},"uses":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}},"expected":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"open","type":"string"}]},"negativeControlOf":{"anyOf":[{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},{"type":"null"}]},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","numRuns","hypothesis","boundaryHits","examples","exhaustive","closestCase","refutedBy"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numRuns":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"hypothesis":{"additionalProperties":false,"type":"object","required":["met","draws","maxDraws","filteredTooMuch"],"properties":{"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"draws":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"maxDraws":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"filteredTooMuch":{"type":"boolean"}}},"boundaryHits":{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["label","cases"],"properties":{"label":{"maxLength":1000,"type":"string"},"cases":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}}},"examples":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"exhaustive":{"anyOf":[{"additionalProperties":false,"type":"object","required":["domain","inputs","met","complete"],"properties":{"domain":{"maxLength":10000,"type":"string"},"inputs":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"met":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"complete":{"type":"boolean"}}},{"type":"null"}]},"closestCase":{"anyOf":[{"additionalProperties":false,"type":"object","required":["ratio","approx","relation"],"properties":{"ratio":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"},"relation":{"maxLength":10000,"type":"string"}}},{"type":"null"}]},"refutedBy":{"anyOf":[{"additionalProperties":false,"type":"object","required":["source"],"properties":{"source":{"anyOf":[{"const":"search","type":"string"},{"const":"exhaustive","type":"string"},{"const":"stored counterexample","type":"string"}]},"foundAfterCases":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"numShrinks":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"gridInput":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]}}},{"additionalProperties":false,"type":"object","required":["seed","alpha","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"alpha":{"maxLength":1000,"type":"string"},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","method","n","successes","alpha","interval","claimed","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"method":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"alpha":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"interval":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["lo","hi"],"properties":{"lo":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"hi":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"approx":{"maxLength":1000,"type":"string"}}},"claimed":{"maxLength":10000,"type":"string"},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]},"power":{"$ref":"#/$defs/Json"}}}},"details":{"$ref":"#/$defs/Json"}}},{"additionalProperties":false,"type":"object","required":["error"],"properties":{"error":{"maxLength":100000,"type":"string"}}}]},"tightness":{"anyOf":[{"maxItems":1000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","description","value","falseSide","specTight","result","eta","counterexample"],"properties":{"name":{"maxLength":1000,"type":"string"},"description":{"maxLength":10000,"type":"string"},"value":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},"falseSide":{"anyOf":[{"const":"up","type":"string"},{"const":"down","type":"string"}]},"specTight":{"type":"boolean"},"result":{"maxLength":10000,"type":"string"},"eta":{"anyOf":[{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"},{"type":"null"}]},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]}}}},{"type":"null"}]},"smt":{"$ref":"#/$defs/Json"},"counterexample":{"anyOf":[{"maxLength":1000,"type":"string"},{"type":"null"}]},"figures":{"maxItems":10000,"type":"array","items":{"maxLength":10000,"type":"string"}}}},"counterexamples":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","file"],"properties":{"name":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$","maxLength":300,"type":"string"},"file":{"additionalProperties":false,"type":"object","required":["format","claim","expected","source","seed","path","input","violated","relations","note","sha256"],"properties":{"format":{"const":"pruning-gap-check/counterexample@1","type":"string"},"claim":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"expected":{"maxLength":100,"type":"string"},"source":{"anyOf":[{"const":"fast-check","type":"string"},{"const":"pinned","type":"string"},{"const":"certificate","type":"string"},{"const":"exhaustive","type":"string"},{"const":"smt","type":"string"},{"const":"statistical","type":"string"},{"const":"tightness","type":"string"}]},"seed":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"path":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"input":{"$ref":"#/$defs/Json"},"violated":{"$ref":"#/$defs/Json"},"relations":{"$ref":"#/$defs/Json"},"note":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"constants":{"anyOf":[{"maxProperties":1000,"type":"object","patternProperties":{"^[A-Za-z0-9_.-]{1,100}$":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"}}},{"type":"null"}]},"statistical":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","depth","runs","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","n","successes","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]}}}}}},{"type":"null"}]},"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"}}}}}},"figures":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","spec"],"properties":{"name":{"pattern":"^[A-Za-z0-9_.@-]{1,200}$","type":"string"},"title":{"maxLength":10000,"type":"string"},"spec":{"$ref":"#/$defs/Json"}}}},"tables":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","columns","rows"],"properties":{"name":{"maxLength":1000,"type":"string"},"title":{"maxLength":10000,"type":"string"},"columns":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"rows":{"maxItems":1000000,"type":"array","items":{"maxItems":1000,"type":"array","items":{"anyOf":[{"maxLength":1000000,"type":"string"},{"type":"number"}]}}}}}},"regression":{"anyOf":[{"additionalProperties":false,"type":"object","required":["stored","stillRefuting"],"properties":{"stored":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"stillRefuting":{"minimum":0,"maximum":9007199254740991,"type":"integer"}}},{"type":"null"}]},"ms":{"minimum":0,"type":"number"},"smtTimingsMs":{"maxProperties":10000,"type":"object","patternProperties":{"^(.*)$":{"minimum":0,"type":"number"}}}}}}}};
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
if(((((((((data31.seed === undefined) && (missing4 = "seed")) || ((data31.numRuns === undefined) && (missing4 = "numRuns"))) || ((data31.hypothesis === undefined) && (missing4 = "hypothesis"))) || ((data31.boundaryHits === undefined) && (missing4 = "boundaryHits"))) || ((data31.examples === undefined) && (missing4 = "examples"))) || ((data31.exhaustive === undefined) && (missing4 = "exhaustive"))) || ((data31.closestCase === undefined) && (missing4 = "closestCase"))) || ((data31.refutedBy === undefined) && (missing4 = "refutedBy"))){
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
if(!((((((((key4 === "seed") || (key4 === "numRuns")) || (key4 === "hypothesis")) || (key4 === "boundaryHits")) || (key4 === "examples")) || (key4 === "exhaustive")) || (key4 === "closestCase")) || (key4 === "refutedBy"))){
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
if(((((data34.met === undefined) && (missing5 = "met")) || ((data34.draws === undefined) && (missing5 = "draws"))) || ((data34.maxDraws === undefined) && (missing5 = "maxDraws"))) || ((data34.filteredTooMuch === undefined) && (missing5 = "filteredTooMuch"))){
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
if(!((((key5 === "met") || (key5 === "draws")) || (key5 === "maxDraws")) || (key5 === "filteredTooMuch"))){
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
if(data34.draws !== undefined){
let data36 = data34.draws;
const _errs122 = errors;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err61 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/draws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err62 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/draws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err63 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/draws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/draws/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data34.maxDraws !== undefined){
let data37 = data34.maxDraws;
const _errs124 = errors;
if(!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))){
const err64 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/maxDraws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err65 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/maxDraws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err66 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/maxDraws",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/maxDraws/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data34.filteredTooMuch !== undefined){
const _errs126 = errors;
if(typeof data34.filteredTooMuch !== "boolean"){
const err67 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/hypothesis/filteredTooMuch",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/hypothesis/properties/filteredTooMuch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
if(data31.boundaryHits !== undefined){
let data39 = data31.boundaryHits;
const _errs128 = errors;
if(errors === _errs128){
if(Array.isArray(data39)){
if(data39.length > 1000){
const err69 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
var valid21 = true;
const len5 = data39.length;
for(let i5=0; i5<len5; i5++){
let data40 = data39[i5];
const _errs130 = errors;
if(errors === _errs130){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing6;
if(((data40.label === undefined) && (missing6 = "label")) || ((data40.cases === undefined) && (missing6 = "cases"))){
const err70 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
const _errs132 = errors;
for(const key6 in data40){
if(!((key6 === "label") || (key6 === "cases"))){
const err71 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
break;
}
}
if(_errs132 === errors){
if(data40.label !== undefined){
let data41 = data40.label;
const _errs133 = errors;
if(errors === _errs133){
if(typeof data41 === "string"){
if(func3(data41) > 1000){
const err72 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5+"/label",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5+"/label",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var valid22 = _errs133 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data40.cases !== undefined){
let data42 = data40.cases;
const _errs135 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err74 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5+"/cases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(errors === _errs135){
if(typeof data42 == "number"){
if(data42 > 9007199254740991 || isNaN(data42)){
const err75 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5+"/cases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
if(data42 < 0 || isNaN(data42)){
const err76 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5+"/cases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/properties/cases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
var valid22 = _errs135 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits/" + i5,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
var valid21 = _errs130 === errors;
if(!valid21){
break;
}
}
}
}
else {
const err78 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/boundaryHits",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/boundaryHits/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
var valid19 = _errs128 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.examples !== undefined){
let data43 = data31.examples;
const _errs137 = errors;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err79 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(errors === _errs137){
if(typeof data43 == "number"){
if(data43 > 9007199254740991 || isNaN(data43)){
const err80 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
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
const err81 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/examples",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/examples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var valid19 = _errs137 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.exhaustive !== undefined){
let data44 = data31.exhaustive;
const _errs139 = errors;
const _errs140 = errors;
let valid23 = false;
const _errs141 = errors;
if(errors === _errs141){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing7;
if(((((data44.domain === undefined) && (missing7 = "domain")) || ((data44.inputs === undefined) && (missing7 = "inputs"))) || ((data44.met === undefined) && (missing7 = "met"))) || ((data44.complete === undefined) && (missing7 = "complete"))){
const err82 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
const _errs143 = errors;
for(const key7 in data44){
if(!((((key7 === "domain") || (key7 === "inputs")) || (key7 === "met")) || (key7 === "complete"))){
const err83 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
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
if(_errs143 === errors){
if(data44.domain !== undefined){
let data45 = data44.domain;
const _errs144 = errors;
if(errors === _errs144){
if(typeof data45 === "string"){
if(func3(data45) > 10000){
const err84 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/domain",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/domain",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
var valid24 = _errs144 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data44.inputs !== undefined){
let data46 = data44.inputs;
const _errs146 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err86 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(errors === _errs146){
if(typeof data46 == "number"){
if(data46 > 9007199254740991 || isNaN(data46)){
const err87 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
if(data46 < 0 || isNaN(data46)){
const err88 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/inputs",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/inputs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
}
var valid24 = _errs146 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data44.met !== undefined){
let data47 = data44.met;
const _errs148 = errors;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err89 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(errors === _errs148){
if(typeof data47 == "number"){
if(data47 > 9007199254740991 || isNaN(data47)){
const err90 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
if(data47 < 0 || isNaN(data47)){
const err91 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/met",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
}
var valid24 = _errs148 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data44.complete !== undefined){
const _errs150 = errors;
if(typeof data44.complete !== "boolean"){
const err92 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive/complete",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var valid24 = _errs150 === errors;
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
const err93 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
var _valid9 = _errs141 === errors;
valid23 = valid23 || _valid9;
if(!valid23){
const _errs152 = errors;
if(data44 !== null){
const err94 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid9 = _errs152 === errors;
valid23 = valid23 || _valid9;
}
if(!valid23){
const err95 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/exhaustive",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/exhaustive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs139 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.closestCase !== undefined){
let data49 = data31.closestCase;
const _errs154 = errors;
const _errs155 = errors;
let valid25 = false;
const _errs156 = errors;
if(errors === _errs156){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
let missing8;
if((((data49.ratio === undefined) && (missing8 = "ratio")) || ((data49.approx === undefined) && (missing8 = "approx"))) || ((data49.relation === undefined) && (missing8 = "relation"))){
const err96 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
const _errs158 = errors;
for(const key8 in data49){
if(!(((key8 === "ratio") || (key8 === "approx")) || (key8 === "relation"))){
const err97 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
break;
}
}
if(_errs158 === errors){
if(data49.ratio !== undefined){
let data50 = data49.ratio;
const _errs159 = errors;
if(errors === _errs159){
if(typeof data50 === "string"){
if(func3(data50) > 1000000){
const err98 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
if(!pattern2.test(data50)){
const err99 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/ratio",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/ratio/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
var valid26 = _errs159 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data49.approx !== undefined){
let data51 = data49.approx;
const _errs161 = errors;
if(errors === _errs161){
if(typeof data51 === "string"){
if(func3(data51) > 1000){
const err101 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var valid26 = _errs161 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data49.relation !== undefined){
let data52 = data49.relation;
const _errs163 = errors;
if(errors === _errs163){
if(typeof data52 === "string"){
if(func3(data52) > 10000){
const err103 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/relation",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase/relation",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/properties/relation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var valid26 = _errs163 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
else {
const err105 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid10 = _errs156 === errors;
valid25 = valid25 || _valid10;
if(!valid25){
const _errs165 = errors;
if(data49 !== null){
const err106 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid10 = _errs165 === errors;
valid25 = valid25 || _valid10;
}
if(!valid25){
const err107 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/closestCase",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/closestCase/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs154 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data31.refutedBy !== undefined){
let data53 = data31.refutedBy;
const _errs167 = errors;
const _errs168 = errors;
let valid27 = false;
const _errs169 = errors;
if(errors === _errs169){
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
let missing9;
if((data53.source === undefined) && (missing9 = "source")){
const err108 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
const _errs171 = errors;
for(const key9 in data53){
if(!((((key9 === "source") || (key9 === "foundAfterCases")) || (key9 === "numShrinks")) || (key9 === "gridInput"))){
const err109 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
break;
}
}
if(_errs171 === errors){
if(data53.source !== undefined){
let data54 = data53.source;
const _errs172 = errors;
const _errs173 = errors;
let valid29 = false;
const _errs174 = errors;
if(typeof data54 !== "string"){
const err110 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if("search" !== data54){
const err111 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "search"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid12 = _errs174 === errors;
valid29 = valid29 || _valid12;
if(!valid29){
const _errs176 = errors;
if(typeof data54 !== "string"){
const err112 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if("exhaustive" !== data54){
const err113 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid12 = _errs176 === errors;
valid29 = valid29 || _valid12;
if(!valid29){
const _errs178 = errors;
if(typeof data54 !== "string"){
const err114 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if("stored counterexample" !== data54){
const err115 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "stored counterexample"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
var _valid12 = _errs178 === errors;
valid29 = valid29 || _valid12;
}
}
if(!valid29){
const err116 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/source",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
else {
errors = _errs173;
if(vErrors !== null){
if(_errs173){
vErrors.length = _errs173;
}
else {
vErrors = null;
}
}
}
var valid28 = _errs172 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data53.foundAfterCases !== undefined){
let data55 = data53.foundAfterCases;
const _errs180 = errors;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err117 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(errors === _errs180){
if(typeof data55 == "number"){
if(data55 > 9007199254740991 || isNaN(data55)){
const err118 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
if(data55 < 0 || isNaN(data55)){
const err119 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/foundAfterCases",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/foundAfterCases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
}
var valid28 = _errs180 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data53.numShrinks !== undefined){
let data56 = data53.numShrinks;
const _errs182 = errors;
if(!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))){
const err120 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(errors === _errs182){
if(typeof data56 == "number"){
if(data56 > 9007199254740991 || isNaN(data56)){
const err121 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
if(data56 < 0 || isNaN(data56)){
const err122 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/numShrinks",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/numShrinks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
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
if(data53.gridInput !== undefined){
let data57 = data53.gridInput;
const _errs184 = errors;
if(!((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57)))){
const err123 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(errors === _errs184){
if(typeof data57 == "number"){
if(data57 > 9007199254740991 || isNaN(data57)){
const err124 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
if(data57 < 0 || isNaN(data57)){
const err125 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy/gridInput",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/properties/gridInput/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
var valid28 = _errs184 === errors;
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
const err126 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
var _valid11 = _errs169 === errors;
valid27 = valid27 || _valid11;
if(!valid27){
const _errs186 = errors;
if(data53 !== null){
const err127 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid11 = _errs186 === errors;
valid27 = valid27 || _valid11;
}
if(!valid27){
const err128 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/refutedBy",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/properties/refutedBy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs167 === errors;
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
}
else {
const err129 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
var _valid8 = _errs110 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const _errs188 = errors;
if(errors === _errs188){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing10;
if((((data31.seed === undefined) && (missing10 = "seed")) || ((data31.alpha === undefined) && (missing10 = "alpha"))) || ((data31.tests === undefined) && (missing10 = "tests"))){
const err130 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
else {
const _errs190 = errors;
for(const key10 in data31){
if(!((((key10 === "seed") || (key10 === "alpha")) || (key10 === "tests")) || (key10 === "details"))){
const err131 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
break;
}
}
if(_errs190 === errors){
if(data31.seed !== undefined){
let data58 = data31.seed;
const _errs191 = errors;
if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){
const err132 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(errors === _errs191){
if(typeof data58 == "number"){
if(data58 > 9007199254740991 || isNaN(data58)){
const err133 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
else {
if(data58 < 0 || isNaN(data58)){
const err134 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/seed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
}
var valid30 = _errs191 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data31.alpha !== undefined){
let data59 = data31.alpha;
const _errs193 = errors;
if(errors === _errs193){
if(typeof data59 === "string"){
if(func3(data59) > 1000){
const err135 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
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
if(data31.tests !== undefined){
let data60 = data31.tests;
const _errs195 = errors;
if(errors === _errs195){
if(Array.isArray(data60)){
if(data60.length > 10000){
const err137 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
var valid31 = true;
const len6 = data60.length;
for(let i6=0; i6<len6; i6++){
let data61 = data60[i6];
const _errs197 = errors;
if(errors === _errs197){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
let missing11;
if(((((((((data61.name === undefined) && (missing11 = "name")) || ((data61.method === undefined) && (missing11 = "method"))) || ((data61.n === undefined) && (missing11 = "n"))) || ((data61.successes === undefined) && (missing11 = "successes"))) || ((data61.alpha === undefined) && (missing11 = "alpha"))) || ((data61.interval === undefined) && (missing11 = "interval"))) || ((data61.claimed === undefined) && (missing11 = "claimed"))) || ((data61.judgement === undefined) && (missing11 = "judgement"))){
const err138 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
const _errs199 = errors;
for(const key11 in data61){
if(!(func2.call(schema15.properties.results.items.properties.record.properties.evidence.anyOf[1].properties.tests.items.properties, key11))){
const err139 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
break;
}
}
if(_errs199 === errors){
if(data61.name !== undefined){
let data62 = data61.name;
const _errs200 = errors;
if(errors === _errs200){
if(typeof data62 === "string"){
if(func3(data62) > 1000){
const err140 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/name",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/name",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
var valid32 = _errs200 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.method !== undefined){
let data63 = data61.method;
const _errs202 = errors;
if(errors === _errs202){
if(typeof data63 === "string"){
if(func3(data63) > 1000){
const err142 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/method",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/method/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/method",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
var valid32 = _errs202 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.n !== undefined){
let data64 = data61.n;
const _errs204 = errors;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err144 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(errors === _errs204){
if(typeof data64 == "number"){
if(data64 > 9007199254740991 || isNaN(data64)){
const err145 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
if(data64 < 0 || isNaN(data64)){
const err146 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/n",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
var valid32 = _errs204 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.successes !== undefined){
let data65 = data61.successes;
const _errs206 = errors;
const _errs207 = errors;
let valid33 = false;
const _errs208 = errors;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err147 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(errors === _errs208){
if(typeof data65 == "number"){
if(data65 > 9007199254740991 || isNaN(data65)){
const err148 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
if(data65 < 0 || isNaN(data65)){
const err149 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
}
var _valid13 = _errs208 === errors;
valid33 = valid33 || _valid13;
if(!valid33){
const _errs210 = errors;
if(data65 !== null){
const err150 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid13 = _errs210 === errors;
valid33 = valid33 || _valid13;
}
if(!valid33){
const err151 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/successes",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
errors = _errs207;
if(vErrors !== null){
if(_errs207){
vErrors.length = _errs207;
}
else {
vErrors = null;
}
}
}
var valid32 = _errs206 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.alpha !== undefined){
let data66 = data61.alpha;
const _errs212 = errors;
if(errors === _errs212){
if(typeof data66 === "string"){
if(func3(data66) > 1000000){
const err152 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
if(!pattern2.test(data66)){
const err153 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/alpha",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/alpha/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var valid32 = _errs212 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.interval !== undefined){
let data67 = data61.interval;
const _errs214 = errors;
if(errors === _errs214){
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing12;
if(((data67.lo === undefined) && (missing12 = "lo")) || ((data67.hi === undefined) && (missing12 = "hi"))){
const err155 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
else {
const _errs216 = errors;
for(const key12 in data67){
if(!(((key12 === "lo") || (key12 === "hi")) || (key12 === "approx"))){
const _errs217 = errors;
if(!(validate24(data67[key12], {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data67,parentDataProperty:key12,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid34 = _errs217 === errors;
if(!valid34){
break;
}
}
}
if(_errs216 === errors){
if(data67.lo !== undefined){
let data69 = data67.lo;
const _errs218 = errors;
if(errors === _errs218){
if(typeof data69 === "string"){
if(func3(data69) > 1000000){
const err156 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
else {
if(!pattern2.test(data69)){
const err157 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/lo",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/lo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
var valid35 = _errs218 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data67.hi !== undefined){
let data70 = data67.hi;
const _errs220 = errors;
if(errors === _errs220){
if(typeof data70 === "string"){
if(func3(data70) > 1000000){
const err159 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
if(!pattern2.test(data70)){
const err160 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/hi",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/hi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
var valid35 = _errs220 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data67.approx !== undefined){
let data71 = data67.approx;
const _errs222 = errors;
if(errors === _errs222){
if(typeof data71 === "string"){
if(func3(data71) > 1000){
const err162 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval/approx",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/properties/approx/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
var valid35 = _errs222 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
}
else {
const err164 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/interval",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/interval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
var valid32 = _errs214 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.claimed !== undefined){
let data72 = data61.claimed;
const _errs224 = errors;
if(errors === _errs224){
if(typeof data72 === "string"){
if(func3(data72) > 10000){
const err165 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/claimed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
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
const err166 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/claimed",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/claimed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var valid32 = _errs224 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.judgement !== undefined){
let data73 = data61.judgement;
const _errs226 = errors;
const _errs227 = errors;
let valid36 = false;
const _errs228 = errors;
if(typeof data73 !== "string"){
const err167 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if("holds" !== data73){
const err168 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid14 = _errs228 === errors;
valid36 = valid36 || _valid14;
if(!valid36){
const _errs230 = errors;
if(typeof data73 !== "string"){
const err169 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if("refuted" !== data73){
const err170 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid14 = _errs230 === errors;
valid36 = valid36 || _valid14;
if(!valid36){
const _errs232 = errors;
if(typeof data73 !== "string"){
const err171 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if("inconclusive" !== data73){
const err172 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid14 = _errs232 === errors;
valid36 = valid36 || _valid14;
}
}
if(!valid36){
const err173 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/judgement",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
else {
errors = _errs227;
if(vErrors !== null){
if(_errs227){
vErrors.length = _errs227;
}
else {
vErrors = null;
}
}
}
var valid32 = _errs226 === errors;
}
else {
var valid32 = true;
}
if(valid32){
if(data61.power !== undefined){
const _errs234 = errors;
if(!(validate24(data61.power, {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6+"/power",parentData:data61,parentDataProperty:"power",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid32 = _errs234 === errors;
}
else {
var valid32 = true;
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
const err174 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests/" + i6,schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
var valid31 = _errs197 === errors;
if(!valid31){
break;
}
}
}
}
else {
const err175 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/tests",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
var valid30 = _errs195 === errors;
}
else {
var valid30 = true;
}
if(valid30){
if(data31.details !== undefined){
const _errs235 = errors;
if(!(validate24(data31.details, {instancePath:instancePath+"/results/" + i1+"/record/evidence/details",parentData:data31,parentDataProperty:"details",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid30 = _errs235 === errors;
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
else {
const err176 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
var _valid8 = _errs188 === errors;
valid18 = valid18 || _valid8;
if(!valid18){
const _errs236 = errors;
if(errors === _errs236){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing13;
if((data31.error === undefined) && (missing13 = "error")){
const err177 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
const _errs238 = errors;
for(const key13 in data31){
if(!(key13 === "error")){
const err178 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
break;
}
}
if(_errs238 === errors){
if(data31.error !== undefined){
let data76 = data31.error;
const _errs239 = errors;
if(errors === _errs239){
if(typeof data76 === "string"){
if(func3(data76) > 100000){
const err179 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/error",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/results/" + i1+"/record/evidence/error",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
}
}
}
else {
const err181 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
var _valid8 = _errs236 === errors;
valid18 = valid18 || _valid8;
}
}
if(!valid18){
const err182 = {instancePath:instancePath+"/results/" + i1+"/record/evidence",schemaPath:"#/properties/results/items/properties/record/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
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
let data77 = data14.tightness;
const _errs241 = errors;
const _errs242 = errors;
let valid38 = false;
const _errs243 = errors;
if(errors === _errs243){
if(Array.isArray(data77)){
if(data77.length > 1000){
const err183 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
else {
var valid39 = true;
const len7 = data77.length;
for(let i7=0; i7<len7; i7++){
let data78 = data77[i7];
const _errs245 = errors;
if(errors === _errs245){
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
let missing14;
if(((((((((data78.name === undefined) && (missing14 = "name")) || ((data78.description === undefined) && (missing14 = "description"))) || ((data78.value === undefined) && (missing14 = "value"))) || ((data78.falseSide === undefined) && (missing14 = "falseSide"))) || ((data78.specTight === undefined) && (missing14 = "specTight"))) || ((data78.result === undefined) && (missing14 = "result"))) || ((data78.eta === undefined) && (missing14 = "eta"))) || ((data78.counterexample === undefined) && (missing14 = "counterexample"))){
const err184 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
else {
const _errs247 = errors;
for(const key14 in data78){
if(!((((((((key14 === "name") || (key14 === "description")) || (key14 === "value")) || (key14 === "falseSide")) || (key14 === "specTight")) || (key14 === "result")) || (key14 === "eta")) || (key14 === "counterexample"))){
const err185 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
break;
}
}
if(_errs247 === errors){
if(data78.name !== undefined){
let data79 = data78.name;
const _errs248 = errors;
if(errors === _errs248){
if(typeof data79 === "string"){
if(func3(data79) > 1000){
const err186 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/name",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/name",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
var valid40 = _errs248 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.description !== undefined){
let data80 = data78.description;
const _errs250 = errors;
if(errors === _errs250){
if(typeof data80 === "string"){
if(func3(data80) > 10000){
const err188 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/description",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/description",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
var valid40 = _errs250 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.value !== undefined){
let data81 = data78.value;
const _errs252 = errors;
if(errors === _errs252){
if(typeof data81 === "string"){
if(func3(data81) > 1000000){
const err190 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
else {
if(!pattern2.test(data81)){
const err191 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/value",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var valid40 = _errs252 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.falseSide !== undefined){
let data82 = data78.falseSide;
const _errs254 = errors;
const _errs255 = errors;
let valid41 = false;
const _errs256 = errors;
if(typeof data82 !== "string"){
const err193 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if("up" !== data82){
const err194 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/0/const",keyword:"const",params:{allowedValue: "up"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid16 = _errs256 === errors;
valid41 = valid41 || _valid16;
if(!valid41){
const _errs258 = errors;
if(typeof data82 !== "string"){
const err195 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if("down" !== data82){
const err196 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf/1/const",keyword:"const",params:{allowedValue: "down"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var _valid16 = _errs258 === errors;
valid41 = valid41 || _valid16;
}
if(!valid41){
const err197 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/falseSide",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/falseSide/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
errors = _errs255;
if(vErrors !== null){
if(_errs255){
vErrors.length = _errs255;
}
else {
vErrors = null;
}
}
}
var valid40 = _errs254 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.specTight !== undefined){
const _errs260 = errors;
if(typeof data78.specTight !== "boolean"){
const err198 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/specTight",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/specTight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
var valid40 = _errs260 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.result !== undefined){
let data84 = data78.result;
const _errs262 = errors;
if(errors === _errs262){
if(typeof data84 === "string"){
if(func3(data84) > 10000){
const err199 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/result",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/result/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/result",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
var valid40 = _errs262 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.eta !== undefined){
let data85 = data78.eta;
const _errs264 = errors;
const _errs265 = errors;
let valid42 = false;
const _errs266 = errors;
if(errors === _errs266){
if(typeof data85 === "string"){
if(func3(data85) > 1000000){
const err201 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
else {
if(!pattern2.test(data85)){
const err202 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
var _valid17 = _errs266 === errors;
valid42 = valid42 || _valid17;
if(!valid42){
const _errs268 = errors;
if(data85 !== null){
const err204 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid17 = _errs268 === errors;
valid42 = valid42 || _valid17;
}
if(!valid42){
const err205 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/eta",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/eta/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
else {
errors = _errs265;
if(vErrors !== null){
if(_errs265){
vErrors.length = _errs265;
}
else {
vErrors = null;
}
}
}
var valid40 = _errs264 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data78.counterexample !== undefined){
let data86 = data78.counterexample;
const _errs270 = errors;
const _errs271 = errors;
let valid43 = false;
const _errs272 = errors;
if(errors === _errs272){
if(typeof data86 === "string"){
if(func3(data86) > 1000){
const err206 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
var _valid18 = _errs272 === errors;
valid43 = valid43 || _valid18;
if(!valid43){
const _errs274 = errors;
if(data86 !== null){
const err208 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
var _valid18 = _errs274 === errors;
valid43 = valid43 || _valid18;
}
if(!valid43){
const err209 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7+"/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
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
var valid40 = _errs270 === errors;
}
else {
var valid40 = true;
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
const err210 = {instancePath:instancePath+"/results/" + i1+"/record/tightness/" + i7,schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
var valid39 = _errs245 === errors;
if(!valid39){
break;
}
}
}
}
else {
const err211 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
var _valid15 = _errs243 === errors;
valid38 = valid38 || _valid15;
if(!valid38){
const _errs276 = errors;
if(data77 !== null){
const err212 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
var _valid15 = _errs276 === errors;
valid38 = valid38 || _valid15;
}
if(!valid38){
const err213 = {instancePath:instancePath+"/results/" + i1+"/record/tightness",schemaPath:"#/properties/results/items/properties/record/properties/tightness/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs242;
if(vErrors !== null){
if(_errs242){
vErrors.length = _errs242;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs241 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.smt !== undefined){
const _errs278 = errors;
if(!(validate24(data14.smt, {instancePath:instancePath+"/results/" + i1+"/record/smt",parentData:data14,parentDataProperty:"smt",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid9 = _errs278 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.counterexample !== undefined){
let data88 = data14.counterexample;
const _errs279 = errors;
const _errs280 = errors;
let valid44 = false;
const _errs281 = errors;
if(errors === _errs281){
if(typeof data88 === "string"){
if(func3(data88) > 1000){
const err214 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
var _valid19 = _errs281 === errors;
valid44 = valid44 || _valid19;
if(!valid44){
const _errs283 = errors;
if(data88 !== null){
const err216 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
var _valid19 = _errs283 === errors;
valid44 = valid44 || _valid19;
}
if(!valid44){
const err217 = {instancePath:instancePath+"/results/" + i1+"/record/counterexample",schemaPath:"#/properties/results/items/properties/record/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs280;
if(vErrors !== null){
if(_errs280){
vErrors.length = _errs280;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs279 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data14.figures !== undefined){
let data89 = data14.figures;
const _errs285 = errors;
if(errors === _errs285){
if(Array.isArray(data89)){
if(data89.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures",schemaPath:"#/properties/results/items/properties/record/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid45 = true;
const len8 = data89.length;
for(let i8=0; i8<len8; i8++){
let data90 = data89[i8];
const _errs287 = errors;
if(errors === _errs287){
if(typeof data90 === "string"){
if(func3(data90) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures/" + i8,schemaPath:"#/properties/results/items/properties/record/properties/figures/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/record/figures/" + i8,schemaPath:"#/properties/results/items/properties/record/properties/figures/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid45 = _errs287 === errors;
if(!valid45){
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
var valid9 = _errs285 === errors;
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
let data91 = data11.counterexamples;
const _errs289 = errors;
if(errors === _errs289){
if(Array.isArray(data91)){
if(data91.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples",schemaPath:"#/properties/results/items/properties/counterexamples/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid46 = true;
const len9 = data91.length;
for(let i9=0; i9<len9; i9++){
let data92 = data91[i9];
const _errs291 = errors;
if(errors === _errs291){
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
let missing15;
if(((data92.name === undefined) && (missing15 = "name")) || ((data92.file === undefined) && (missing15 = "file"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs293 = errors;
for(const key15 in data92){
if(!((key15 === "name") || (key15 === "file"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs293 === errors){
if(data92.name !== undefined){
let data93 = data92.name;
const _errs294 = errors;
if(errors === _errs294){
if(typeof data93 === "string"){
if(func3(data93) > 300){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(!pattern23.test(data93)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid47 = _errs294 === errors;
}
else {
var valid47 = true;
}
if(valid47){
if(data92.file !== undefined){
let data94 = data92.file;
const _errs296 = errors;
if(errors === _errs296){
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
let missing16;
if((((((((((((data94.format === undefined) && (missing16 = "format")) || ((data94.claim === undefined) && (missing16 = "claim"))) || ((data94.expected === undefined) && (missing16 = "expected"))) || ((data94.source === undefined) && (missing16 = "source"))) || ((data94.seed === undefined) && (missing16 = "seed"))) || ((data94.path === undefined) && (missing16 = "path"))) || ((data94.input === undefined) && (missing16 = "input"))) || ((data94.violated === undefined) && (missing16 = "violated"))) || ((data94.relations === undefined) && (missing16 = "relations"))) || ((data94.note === undefined) && (missing16 = "note"))) || ((data94.sha256 === undefined) && (missing16 = "sha256"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
const _errs298 = errors;
for(const key16 in data94){
if(!(func2.call(schema15.properties.results.items.properties.counterexamples.items.properties.file.properties, key16))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs298 === errors){
if(data94.format !== undefined){
let data95 = data94.format;
const _errs299 = errors;
if(typeof data95 !== "string"){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/counterexample@1" !== data95){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/counterexample@1"},message:"must be equal to constant"}];
return false;
}
var valid48 = _errs299 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.claim !== undefined){
let data96 = data94.claim;
const _errs301 = errors;
if(errors === _errs301){
if(typeof data96 === "string"){
if(func3(data96) > 200){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data96)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs301 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.expected !== undefined){
let data97 = data94.expected;
const _errs303 = errors;
if(errors === _errs303){
if(typeof data97 === "string"){
if(func3(data97) > 100){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs303 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.source !== undefined){
let data98 = data94.source;
const _errs305 = errors;
const _errs306 = errors;
let valid49 = false;
const _errs307 = errors;
if(typeof data98 !== "string"){
const err218 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if("fast-check" !== data98){
const err219 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "fast-check"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid20 = _errs307 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs309 = errors;
if(typeof data98 !== "string"){
const err220 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if("pinned" !== data98){
const err221 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "pinned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid20 = _errs309 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs311 = errors;
if(typeof data98 !== "string"){
const err222 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if("certificate" !== data98){
const err223 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
var _valid20 = _errs311 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs313 = errors;
if(typeof data98 !== "string"){
const err224 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if("exhaustive" !== data98){
const err225 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid20 = _errs313 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs315 = errors;
if(typeof data98 !== "string"){
const err226 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if("smt" !== data98){
const err227 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/const",keyword:"const",params:{allowedValue: "smt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var _valid20 = _errs315 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs317 = errors;
if(typeof data98 !== "string"){
const err228 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if("statistical" !== data98){
const err229 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
var _valid20 = _errs317 === errors;
valid49 = valid49 || _valid20;
if(!valid49){
const _errs319 = errors;
if(typeof data98 !== "string"){
const err230 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if("tightness" !== data98){
const err231 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/const",keyword:"const",params:{allowedValue: "tightness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid20 = _errs319 === errors;
valid49 = valid49 || _valid20;
}
}
}
}
}
}
if(!valid49){
const err232 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs306;
if(vErrors !== null){
if(_errs306){
vErrors.length = _errs306;
}
else {
vErrors = null;
}
}
}
var valid48 = _errs305 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.seed !== undefined){
let data99 = data94.seed;
const _errs321 = errors;
const _errs322 = errors;
let valid50 = false;
const _errs323 = errors;
if(!((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99)))){
const err233 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(errors === _errs323){
if(typeof data99 == "number"){
if(data99 > 9007199254740991 || isNaN(data99)){
const err234 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
else {
if(data99 < 0 || isNaN(data99)){
const err235 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
}
var _valid21 = _errs323 === errors;
valid50 = valid50 || _valid21;
if(!valid50){
const _errs325 = errors;
if(data99 !== null){
const err236 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
var _valid21 = _errs325 === errors;
valid50 = valid50 || _valid21;
}
if(!valid50){
const err237 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs322;
if(vErrors !== null){
if(_errs322){
vErrors.length = _errs322;
}
else {
vErrors = null;
}
}
}
var valid48 = _errs321 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.path !== undefined){
let data100 = data94.path;
const _errs327 = errors;
const _errs328 = errors;
let valid51 = false;
const _errs329 = errors;
if(errors === _errs329){
if(typeof data100 === "string"){
if(func3(data100) > 100000){
const err238 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
var _valid22 = _errs329 === errors;
valid51 = valid51 || _valid22;
if(!valid51){
const _errs331 = errors;
if(data100 !== null){
const err240 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
var _valid22 = _errs331 === errors;
valid51 = valid51 || _valid22;
}
if(!valid51){
const err241 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
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
var valid48 = _errs327 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.input !== undefined){
const _errs333 = errors;
if(!(validate24(data94.input, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/input",parentData:data94,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid48 = _errs333 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.violated !== undefined){
const _errs334 = errors;
if(!(validate24(data94.violated, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/violated",parentData:data94,parentDataProperty:"violated",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid48 = _errs334 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.relations !== undefined){
const _errs335 = errors;
if(!(validate24(data94.relations, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/relations",parentData:data94,parentDataProperty:"relations",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid48 = _errs335 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.note !== undefined){
let data104 = data94.note;
const _errs336 = errors;
const _errs337 = errors;
let valid52 = false;
const _errs338 = errors;
if(errors === _errs338){
if(typeof data104 === "string"){
if(func3(data104) > 100000){
const err242 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
var _valid23 = _errs338 === errors;
valid52 = valid52 || _valid23;
if(!valid52){
const _errs340 = errors;
if(data104 !== null){
const err244 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
var _valid23 = _errs340 === errors;
valid52 = valid52 || _valid23;
}
if(!valid52){
const err245 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs337;
if(vErrors !== null){
if(_errs337){
vErrors.length = _errs337;
}
else {
vErrors = null;
}
}
}
var valid48 = _errs336 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.constants !== undefined){
let data105 = data94.constants;
const _errs342 = errors;
const _errs343 = errors;
let valid53 = false;
const _errs344 = errors;
if(errors === _errs344){
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(Object.keys(data105).length > 1000){
const err246 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
var valid54 = true;
for(const key17 in data105){
if(pattern1.test(key17)){
let data106 = data105[key17];
const _errs346 = errors;
if(errors === _errs346){
if(typeof data106 === "string"){
if(func3(data106) > 1000000){
const err247 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
else {
if(!pattern2.test(data106)){
const err248 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
var valid54 = _errs346 === errors;
if(!valid54){
break;
}
}
}
}
}
else {
const err250 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
var _valid24 = _errs344 === errors;
valid53 = valid53 || _valid24;
if(!valid53){
const _errs348 = errors;
if(data105 !== null){
const err251 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
var _valid24 = _errs348 === errors;
valid53 = valid53 || _valid24;
}
if(!valid53){
const err252 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs343;
if(vErrors !== null){
if(_errs343){
vErrors.length = _errs343;
}
else {
vErrors = null;
}
}
}
var valid48 = _errs342 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.statistical !== undefined){
let data107 = data94.statistical;
const _errs350 = errors;
const _errs351 = errors;
let valid55 = false;
const _errs352 = errors;
if(errors === _errs352){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
let missing17;
if(((((data107.seed === undefined) && (missing17 = "seed")) || ((data107.depth === undefined) && (missing17 = "depth"))) || ((data107.runs === undefined) && (missing17 = "runs"))) || ((data107.tests === undefined) && (missing17 = "tests"))){
const err253 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
else {
const _errs354 = errors;
for(const key18 in data107){
if(!((((key18 === "seed") || (key18 === "depth")) || (key18 === "runs")) || (key18 === "tests"))){
const err254 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
break;
}
}
if(_errs354 === errors){
if(data107.seed !== undefined){
let data108 = data107.seed;
const _errs355 = errors;
if(!((typeof data108 == "number") && (!(data108 % 1) && !isNaN(data108)))){
const err255 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(errors === _errs355){
if(typeof data108 == "number"){
if(data108 > 9007199254740991 || isNaN(data108)){
const err256 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
else {
if(data108 < 0 || isNaN(data108)){
const err257 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
}
var valid56 = _errs355 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data107.depth !== undefined){
let data109 = data107.depth;
const _errs357 = errors;
const _errs358 = errors;
let valid57 = false;
const _errs359 = errors;
if(typeof data109 !== "string"){
const err258 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if("ci" !== data109){
const err259 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var _valid26 = _errs359 === errors;
valid57 = valid57 || _valid26;
if(!valid57){
const _errs361 = errors;
if(typeof data109 !== "string"){
const err260 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if("full" !== data109){
const err261 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
var _valid26 = _errs361 === errors;
valid57 = valid57 || _valid26;
}
if(!valid57){
const err262 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
errors = _errs358;
if(vErrors !== null){
if(_errs358){
vErrors.length = _errs358;
}
else {
vErrors = null;
}
}
}
var valid56 = _errs357 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data107.runs !== undefined){
let data110 = data107.runs;
const _errs363 = errors;
const _errs364 = errors;
let valid58 = false;
const _errs365 = errors;
if(!((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110)))){
const err263 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(errors === _errs365){
if(typeof data110 == "number"){
if(data110 > 9007199254740991 || isNaN(data110)){
const err264 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
else {
if(data110 < 1 || isNaN(data110)){
const err265 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
var _valid27 = _errs365 === errors;
valid58 = valid58 || _valid27;
if(!valid58){
const _errs367 = errors;
if(data110 !== null){
const err266 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
var _valid27 = _errs367 === errors;
valid58 = valid58 || _valid27;
}
if(!valid58){
const err267 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
else {
errors = _errs364;
if(vErrors !== null){
if(_errs364){
vErrors.length = _errs364;
}
else {
vErrors = null;
}
}
}
var valid56 = _errs363 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data107.tests !== undefined){
let data111 = data107.tests;
const _errs369 = errors;
if(errors === _errs369){
if(Array.isArray(data111)){
if(data111.length > 10000){
const err268 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
else {
var valid59 = true;
const len10 = data111.length;
for(let i10=0; i10<len10; i10++){
let data112 = data111[i10];
const _errs371 = errors;
if(errors === _errs371){
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
let missing18;
if(((((data112.name === undefined) && (missing18 = "name")) || ((data112.n === undefined) && (missing18 = "n"))) || ((data112.successes === undefined) && (missing18 = "successes"))) || ((data112.judgement === undefined) && (missing18 = "judgement"))){
const err269 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
else {
const _errs373 = errors;
for(const key19 in data112){
if(!((((key19 === "name") || (key19 === "n")) || (key19 === "successes")) || (key19 === "judgement"))){
const err270 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
break;
}
}
if(_errs373 === errors){
if(data112.name !== undefined){
let data113 = data112.name;
const _errs374 = errors;
if(errors === _errs374){
if(typeof data113 === "string"){
if(func3(data113) > 1000){
const err271 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
else {
const err272 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
var valid60 = _errs374 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data112.n !== undefined){
let data114 = data112.n;
const _errs376 = errors;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
const err273 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(errors === _errs376){
if(typeof data114 == "number"){
if(data114 > 9007199254740991 || isNaN(data114)){
const err274 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
else {
if(data114 < 0 || isNaN(data114)){
const err275 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
}
var valid60 = _errs376 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data112.successes !== undefined){
let data115 = data112.successes;
const _errs378 = errors;
const _errs379 = errors;
let valid61 = false;
const _errs380 = errors;
if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){
const err276 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(errors === _errs380){
if(typeof data115 == "number"){
if(data115 > 9007199254740991 || isNaN(data115)){
const err277 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
else {
if(data115 < 0 || isNaN(data115)){
const err278 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
}
var _valid28 = _errs380 === errors;
valid61 = valid61 || _valid28;
if(!valid61){
const _errs382 = errors;
if(data115 !== null){
const err279 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
var _valid28 = _errs382 === errors;
valid61 = valid61 || _valid28;
}
if(!valid61){
const err280 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
else {
errors = _errs379;
if(vErrors !== null){
if(_errs379){
vErrors.length = _errs379;
}
else {
vErrors = null;
}
}
}
var valid60 = _errs378 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data112.judgement !== undefined){
let data116 = data112.judgement;
const _errs384 = errors;
const _errs385 = errors;
let valid62 = false;
const _errs386 = errors;
if(typeof data116 !== "string"){
const err281 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if("holds" !== data116){
const err282 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
var _valid29 = _errs386 === errors;
valid62 = valid62 || _valid29;
if(!valid62){
const _errs388 = errors;
if(typeof data116 !== "string"){
const err283 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if("refuted" !== data116){
const err284 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
var _valid29 = _errs388 === errors;
valid62 = valid62 || _valid29;
if(!valid62){
const _errs390 = errors;
if(typeof data116 !== "string"){
const err285 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if("inconclusive" !== data116){
const err286 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
var _valid29 = _errs390 === errors;
valid62 = valid62 || _valid29;
}
}
if(!valid62){
const err287 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
else {
errors = _errs385;
if(vErrors !== null){
if(_errs385){
vErrors.length = _errs385;
}
else {
vErrors = null;
}
}
}
var valid60 = _errs384 === errors;
}
else {
var valid60 = true;
}
}
}
}
}
}
}
else {
const err288 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests/" + i10,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
var valid59 = _errs371 === errors;
if(!valid59){
break;
}
}
}
}
else {
const err289 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
var valid56 = _errs369 === errors;
}
else {
var valid56 = true;
}
}
}
}
}
}
}
else {
const err290 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
var _valid25 = _errs352 === errors;
valid55 = valid55 || _valid25;
if(!valid55){
const _errs392 = errors;
if(data107 !== null){
const err291 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
var _valid25 = _errs392 === errors;
valid55 = valid55 || _valid25;
}
if(!valid55){
const err292 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs351;
if(vErrors !== null){
if(_errs351){
vErrors.length = _errs351;
}
else {
vErrors = null;
}
}
}
var valid48 = _errs350 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data94.sha256 !== undefined){
let data117 = data94.sha256;
const _errs394 = errors;
if(errors === _errs394){
if(typeof data117 === "string"){
if(!pattern3.test(data117)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs394 === errors;
}
else {
var valid48 = true;
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
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid47 = _errs296 === errors;
}
else {
var valid47 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i9,schemaPath:"#/properties/results/items/properties/counterexamples/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid46 = _errs291 === errors;
if(!valid46){
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
var valid8 = _errs289 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.figures !== undefined){
let data118 = data11.figures;
const _errs396 = errors;
if(errors === _errs396){
if(Array.isArray(data118)){
if(data118.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures",schemaPath:"#/properties/results/items/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid63 = true;
const len11 = data118.length;
for(let i11=0; i11<len11; i11++){
let data119 = data118[i11];
const _errs398 = errors;
if(errors === _errs398){
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
let missing19;
if((((data119.name === undefined) && (missing19 = "name")) || ((data119.title === undefined) && (missing19 = "title"))) || ((data119.spec === undefined) && (missing19 = "spec"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11,schemaPath:"#/properties/results/items/properties/figures/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
const _errs400 = errors;
for(const key20 in data119){
if(!(((key20 === "name") || (key20 === "title")) || (key20 === "spec"))){
const _errs401 = errors;
if(!(validate24(data119[key20], {instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data119,parentDataProperty:key20,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid64 = _errs401 === errors;
if(!valid64){
break;
}
}
}
if(_errs400 === errors){
if(data119.name !== undefined){
let data121 = data119.name;
const _errs402 = errors;
if(errors === _errs402){
if(typeof data121 === "string"){
if(!pattern28.test(data121)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.@-]{1,200}$"},message:"must match pattern \""+"^[A-Za-z0-9_.@-]{1,200}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid65 = _errs402 === errors;
}
else {
var valid65 = true;
}
if(valid65){
if(data119.title !== undefined){
let data122 = data119.title;
const _errs404 = errors;
if(errors === _errs404){
if(typeof data122 === "string"){
if(func3(data122) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid65 = _errs404 === errors;
}
else {
var valid65 = true;
}
if(valid65){
if(data119.spec !== undefined){
const _errs406 = errors;
if(!(validate24(data119.spec, {instancePath:instancePath+"/results/" + i1+"/figures/" + i11+"/spec",parentData:data119,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid65 = _errs406 === errors;
}
else {
var valid65 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i11,schemaPath:"#/properties/results/items/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid63 = _errs398 === errors;
if(!valid63){
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
var valid8 = _errs396 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.tables !== undefined){
let data124 = data11.tables;
const _errs407 = errors;
if(errors === _errs407){
if(Array.isArray(data124)){
if(data124.length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables",schemaPath:"#/properties/results/items/properties/tables/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid66 = true;
const len12 = data124.length;
for(let i12=0; i12<len12; i12++){
let data125 = data124[i12];
const _errs409 = errors;
if(errors === _errs409){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
let missing20;
if(((((data125.name === undefined) && (missing20 = "name")) || ((data125.title === undefined) && (missing20 = "title"))) || ((data125.columns === undefined) && (missing20 = "columns"))) || ((data125.rows === undefined) && (missing20 = "rows"))){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12,schemaPath:"#/properties/results/items/properties/tables/items/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
else {
const _errs411 = errors;
for(const key21 in data125){
if(!((((key21 === "name") || (key21 === "title")) || (key21 === "columns")) || (key21 === "rows"))){
const _errs412 = errors;
if(!(validate24(data125[key21], {instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data125,parentDataProperty:key21,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid67 = _errs412 === errors;
if(!valid67){
break;
}
}
}
if(_errs411 === errors){
if(data125.name !== undefined){
let data127 = data125.name;
const _errs413 = errors;
if(errors === _errs413){
if(typeof data127 === "string"){
if(func3(data127) > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid68 = _errs413 === errors;
}
else {
var valid68 = true;
}
if(valid68){
if(data125.title !== undefined){
let data128 = data125.title;
const _errs415 = errors;
if(errors === _errs415){
if(typeof data128 === "string"){
if(func3(data128) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid68 = _errs415 === errors;
}
else {
var valid68 = true;
}
if(valid68){
if(data125.columns !== undefined){
let data129 = data125.columns;
const _errs417 = errors;
if(errors === _errs417){
if(Array.isArray(data129)){
if(data129.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid69 = true;
const len13 = data129.length;
for(let i13=0; i13<len13; i13++){
let data130 = data129[i13];
const _errs419 = errors;
if(errors === _errs419){
if(typeof data130 === "string"){
if(func3(data130) > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/columns/" + i13,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/columns/" + i13,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid69 = _errs419 === errors;
if(!valid69){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid68 = _errs417 === errors;
}
else {
var valid68 = true;
}
if(valid68){
if(data125.rows !== undefined){
let data131 = data125.rows;
const _errs421 = errors;
if(errors === _errs421){
if(Array.isArray(data131)){
if(data131.length > 1000000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
return false;
}
else {
var valid70 = true;
const len14 = data131.length;
for(let i14=0; i14<len14; i14++){
let data132 = data131[i14];
const _errs423 = errors;
if(errors === _errs423){
if(Array.isArray(data132)){
if(data132.length > 1000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid71 = true;
const len15 = data132.length;
for(let i15=0; i15<len15; i15++){
let data133 = data132[i15];
const _errs425 = errors;
const _errs426 = errors;
let valid72 = false;
const _errs427 = errors;
if(errors === _errs427){
if(typeof data133 === "string"){
if(func3(data133) > 1000000){
const err293 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14+"/" + i15,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14+"/" + i15,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
var _valid30 = _errs427 === errors;
valid72 = valid72 || _valid30;
if(!valid72){
const _errs429 = errors;
if(!(typeof data133 == "number")){
const err295 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14+"/" + i15,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
var _valid30 = _errs429 === errors;
valid72 = valid72 || _valid30;
}
if(!valid72){
const err296 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14+"/" + i15,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs426;
if(vErrors !== null){
if(_errs426){
vErrors.length = _errs426;
}
else {
vErrors = null;
}
}
}
var valid71 = _errs425 === errors;
if(!valid71){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows/" + i14,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid70 = _errs423 === errors;
if(!valid70){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid68 = _errs421 === errors;
}
else {
var valid68 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i12,schemaPath:"#/properties/results/items/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid66 = _errs409 === errors;
if(!valid66){
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
var valid8 = _errs407 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.regression !== undefined){
let data134 = data11.regression;
const _errs431 = errors;
const _errs432 = errors;
let valid73 = false;
const _errs433 = errors;
if(errors === _errs433){
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
let missing21;
if(((data134.stored === undefined) && (missing21 = "stored")) || ((data134.stillRefuting === undefined) && (missing21 = "stillRefuting"))){
const err297 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
else {
const _errs435 = errors;
for(const key22 in data134){
if(!((key22 === "stored") || (key22 === "stillRefuting"))){
const err298 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
break;
}
}
if(_errs435 === errors){
if(data134.stored !== undefined){
let data135 = data134.stored;
const _errs436 = errors;
if(!((typeof data135 == "number") && (!(data135 % 1) && !isNaN(data135)))){
const err299 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(errors === _errs436){
if(typeof data135 == "number"){
if(data135 > 9007199254740991 || isNaN(data135)){
const err300 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
else {
if(data135 < 0 || isNaN(data135)){
const err301 = {instancePath:instancePath+"/results/" + i1+"/regression/stored",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stored/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
}
var valid74 = _errs436 === errors;
}
else {
var valid74 = true;
}
if(valid74){
if(data134.stillRefuting !== undefined){
let data136 = data134.stillRefuting;
const _errs438 = errors;
if(!((typeof data136 == "number") && (!(data136 % 1) && !isNaN(data136)))){
const err302 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(errors === _errs438){
if(typeof data136 == "number"){
if(data136 > 9007199254740991 || isNaN(data136)){
const err303 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
else {
if(data136 < 0 || isNaN(data136)){
const err304 = {instancePath:instancePath+"/results/" + i1+"/regression/stillRefuting",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/properties/stillRefuting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
}
var valid74 = _errs438 === errors;
}
else {
var valid74 = true;
}
}
}
}
}
else {
const err305 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
var _valid31 = _errs433 === errors;
valid73 = valid73 || _valid31;
if(!valid73){
const _errs440 = errors;
if(data134 !== null){
const err306 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
var _valid31 = _errs440 === errors;
valid73 = valid73 || _valid31;
}
if(!valid73){
const err307 = {instancePath:instancePath+"/results/" + i1+"/regression",schemaPath:"#/properties/results/items/properties/regression/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs432;
if(vErrors !== null){
if(_errs432){
vErrors.length = _errs432;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs431 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.ms !== undefined){
let data137 = data11.ms;
const _errs442 = errors;
if(errors === _errs442){
if(typeof data137 == "number"){
if(data137 < 0 || isNaN(data137)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid8 = _errs442 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.smtTimingsMs !== undefined){
let data138 = data11.smtTimingsMs;
const _errs444 = errors;
if(errors === _errs444){
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(Object.keys(data138).length > 10000){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs",schemaPath:"#/properties/results/items/properties/smtTimingsMs/maxProperties",keyword:"maxProperties",params:{limit: 10000},message:"must NOT have more than 10000 properties"}];
return false;
}
else {
var valid75 = true;
for(const key23 in data138){
if(pattern29.test(key23)){
let data139 = data138[key23];
const _errs446 = errors;
if(errors === _errs446){
if(typeof data139 == "number"){
if(data139 < 0 || isNaN(data139)){
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/smtTimingsMs/patternProperties/%5E(.*)%24/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/results/" + i1+"/smtTimingsMs/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/smtTimingsMs/patternProperties/%5E(.*)%24/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid75 = _errs446 === errors;
if(!valid75){
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
var valid8 = _errs444 === errors;
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

