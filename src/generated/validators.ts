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
const schema13 = {"additionalProperties":{"$ref":"#/$defs/Json"},"$id":"https://pruning-gap-check/schemas/claims.schema.json","title":"pruning-gap-check claims.json","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","claims"],"properties":{"format":{"const":"pruning-gap-check/claims@1","type":"string"},"settings":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["seed","depth","runs"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]}}},"claims":{"maxItems":100000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"maxProperties":1000,"type":"object","required":["id","kind","expected","verdict","asExpected","verdictText","evidence"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"expected":{"maxLength":100,"type":"string"},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"$ref":"#/$defs/Json"}}}}}};
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
if(Object.keys(data8).length > 1000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0,schemaPath:"#/properties/claims/items/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"}];
return false;
}
else {
let missing2;
if((((((((data8.id === undefined) && (missing2 = "id")) || ((data8.kind === undefined) && (missing2 = "kind"))) || ((data8.expected === undefined) && (missing2 = "expected"))) || ((data8.verdict === undefined) && (missing2 = "verdict"))) || ((data8.asExpected === undefined) && (missing2 = "asExpected"))) || ((data8.verdictText === undefined) && (missing2 = "verdictText"))) || ((data8.evidence === undefined) && (missing2 = "evidence"))){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0,schemaPath:"#/properties/claims/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data8){
if(!(((((((key2 === "id") || (key2 === "kind")) || (key2 === "expected")) || (key2 === "verdict")) || (key2 === "asExpected")) || (key2 === "verdictText")) || (key2 === "evidence"))){
const _errs28 = errors;
if(!(validate16(data8[key2], {instancePath:instancePath+"/claims/" + i0+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid7 = _errs28 === errors;
if(!valid7){
break;
}
}
}
if(_errs27 === errors){
if(data8.id !== undefined){
let data10 = data8.id;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func3(data10) > 200){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/id",schemaPath:"#/properties/claims/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data10)){
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
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.kind !== undefined){
let data11 = data8.kind;
const _errs31 = errors;
const _errs32 = errors;
let valid9 = false;
const _errs33 = errors;
if(typeof data11 !== "string"){
const err10 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("exact-forall" !== data11){
const err11 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "exact-forall"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs35 = errors;
if(typeof data11 !== "string"){
const err12 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("exact-witness" !== data11){
const err13 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "exact-witness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const _errs37 = errors;
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("statistical" !== data11){
const err15 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid9 = valid9 || _valid2;
}
}
if(!valid9){
const err16 = {instancePath:instancePath+"/claims/" + i0+"/kind",schemaPath:"#/properties/claims/items/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate15.errors = vErrors;
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs31 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.expected !== undefined){
let data12 = data8.expected;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data12 === "string"){
if(func3(data12) > 100){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/expected",schemaPath:"#/properties/claims/items/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.verdict !== undefined){
let data13 = data8.verdict;
const _errs41 = errors;
const _errs42 = errors;
let valid10 = false;
const _errs43 = errors;
if(typeof data13 !== "string"){
const err17 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("holds" !== data13){
const err18 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs45 = errors;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("refuted" !== data13){
const err20 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs45 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs47 = errors;
if(typeof data13 !== "string"){
const err21 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("inconclusive" !== data13){
const err22 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs47 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs49 = errors;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("timeout" !== data13){
const err24 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/3/const",keyword:"const",params:{allowedValue: "timeout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs49 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs51 = errors;
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("open" !== data13){
const err26 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf/4/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid10 = valid10 || _valid3;
}
}
}
}
if(!valid10){
const err27 = {instancePath:instancePath+"/claims/" + i0+"/verdict",schemaPath:"#/properties/claims/items/properties/verdict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.asExpected !== undefined){
const _errs53 = errors;
if(typeof data8.asExpected !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/asExpected",schemaPath:"#/properties/claims/items/properties/asExpected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs53 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.verdictText !== undefined){
let data15 = data8.verdictText;
const _errs55 = errors;
if(errors === _errs55){
if(typeof data15 === "string"){
if(func3(data15) > 10000){
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/verdictText",schemaPath:"#/properties/claims/items/properties/verdictText/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/claims/" + i0+"/verdictText",schemaPath:"#/properties/claims/items/properties/verdictText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs55 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.evidence !== undefined){
const _errs57 = errors;
if(!(validate16(data8.evidence, {instancePath:instancePath+"/claims/" + i0+"/evidence",parentData:data8,parentDataProperty:"evidence",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid8 = _errs57 === errors;
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

export const shard = validate21;
const schema15 = {"additionalProperties":false,"$id":"https://pruning-gap-check/schemas/shard.schema.json","title":"pruning-gap-check shard file","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","required":["format","settings","shard","pattern","claimSet","results"],"properties":{"format":{"const":"pruning-gap-check/shard@1","type":"string"},"settings":{"additionalProperties":false,"type":"object","required":["seed","depth","runs","samplerVersion"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"samplerVersion":{"minimum":1,"maximum":9007199254740991,"type":"integer"}}},"shard":{"pattern":"^[0-9]{1,4}/[0-9]{1,4}$","type":"string"},"pattern":{"anyOf":[{"maxLength":10000,"type":"string"},{"type":"null"}]},"claimSet":{"maxItems":100000,"type":"array","items":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"}},"results":{"maxItems":100000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["id","record","figures","tables","ms"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"record":{"additionalProperties":{"$ref":"#/$defs/Json"},"maxProperties":1000,"type":"object","required":["id","kind","expected","verdict","asExpected","verdictText","evidence"],"properties":{"id":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"kind":{"anyOf":[{"const":"exact-forall","type":"string"},{"const":"exact-witness","type":"string"},{"const":"statistical","type":"string"}]},"expected":{"maxLength":100,"type":"string"},"verdict":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"},{"const":"timeout","type":"string"},{"const":"open","type":"string"}]},"asExpected":{"type":"boolean"},"verdictText":{"maxLength":10000,"type":"string"},"evidence":{"$ref":"#/$defs/Json"}}},"counterexamples":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","file"],"properties":{"name":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$","maxLength":300,"type":"string"},"file":{"additionalProperties":false,"type":"object","required":["format","claim","expected","source","seed","path","input","violated","relations","note","sha256"],"properties":{"format":{"const":"pruning-gap-check/counterexample@1","type":"string"},"claim":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"expected":{"maxLength":100,"type":"string"},"source":{"anyOf":[{"const":"fast-check","type":"string"},{"const":"pinned","type":"string"},{"const":"certificate","type":"string"},{"const":"exhaustive","type":"string"},{"const":"smt","type":"string"},{"const":"statistical","type":"string"},{"const":"tightness","type":"string"}]},"seed":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"path":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"input":{"$ref":"#/$defs/Json"},"violated":{"$ref":"#/$defs/Json"},"relations":{"$ref":"#/$defs/Json"},"note":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"constants":{"anyOf":[{"maxProperties":1000,"type":"object","patternProperties":{"^[A-Za-z0-9_.-]{1,100}$":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"}}},{"type":"null"}]},"statistical":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","depth","runs","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","n","successes","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]}}}}}},{"type":"null"}]},"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"}}}}}},"counterexample":{"anyOf":[{"additionalProperties":false,"type":"object","required":["format","claim","expected","source","seed","path","input","violated","relations","note","sha256"],"properties":{"format":{"const":"pruning-gap-check/counterexample@1","type":"string"},"claim":{"pattern":"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$","maxLength":200,"type":"string"},"expected":{"maxLength":100,"type":"string"},"source":{"anyOf":[{"const":"fast-check","type":"string"},{"const":"pinned","type":"string"},{"const":"certificate","type":"string"},{"const":"exhaustive","type":"string"},{"const":"smt","type":"string"},{"const":"statistical","type":"string"},{"const":"tightness","type":"string"}]},"seed":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"path":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"input":{"$ref":"#/$defs/Json"},"violated":{"$ref":"#/$defs/Json"},"relations":{"$ref":"#/$defs/Json"},"note":{"anyOf":[{"maxLength":100000,"type":"string"},{"type":"null"}]},"constants":{"anyOf":[{"maxProperties":1000,"type":"object","patternProperties":{"^[A-Za-z0-9_.-]{1,100}$":{"pattern":"^-?[0-9]+/[0-9]+$","maxLength":1000000,"type":"string"}}},{"type":"null"}]},"statistical":{"anyOf":[{"additionalProperties":false,"type":"object","required":["seed","depth","runs","tests"],"properties":{"seed":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"depth":{"anyOf":[{"const":"ci","type":"string"},{"const":"full","type":"string"}]},"runs":{"anyOf":[{"minimum":1,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"tests":{"maxItems":10000,"type":"array","items":{"additionalProperties":false,"type":"object","required":["name","n","successes","judgement"],"properties":{"name":{"maxLength":1000,"type":"string"},"n":{"minimum":0,"maximum":9007199254740991,"type":"integer"},"successes":{"anyOf":[{"minimum":0,"maximum":9007199254740991,"type":"integer"},{"type":"null"}]},"judgement":{"anyOf":[{"const":"holds","type":"string"},{"const":"refuted","type":"string"},{"const":"inconclusive","type":"string"}]}}}}}},{"type":"null"}]},"sha256":{"pattern":"^[0-9a-f]{64}$","type":"string"}}},{"type":"null"}]},"figures":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","spec"],"properties":{"name":{"pattern":"^[A-Za-z0-9_.@-]{1,200}$","type":"string"},"title":{"maxLength":10000,"type":"string"},"spec":{"$ref":"#/$defs/Json"}}}},"tables":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","columns","rows"],"properties":{"name":{"maxLength":1000,"type":"string"},"title":{"maxLength":10000,"type":"string"},"columns":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"rows":{"maxItems":1000000,"type":"array","items":{"maxItems":1000,"type":"array","items":{"anyOf":[{"maxLength":1000000,"type":"string"},{"type":"number"}]}}}}}},"ms":{"minimum":0,"type":"number"}}}}}};
const pattern5 = new RegExp("^[0-9]{1,4}/[0-9]{1,4}$", "u");
const pattern9 = new RegExp("^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$", "u");
const pattern18 = new RegExp("^[A-Za-z0-9_.@-]{1,200}$", "u");
const wrapper4 = {validate: validate22};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate22.errors = vErrors;
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
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/shard.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.format === undefined) && (missing0 = "format")) || ((data.settings === undefined) && (missing0 = "settings"))) || ((data.shard === undefined) && (missing0 = "shard"))) || ((data.pattern === undefined) && (missing0 = "pattern"))) || ((data.claimSet === undefined) && (missing0 = "claimSet"))) || ((data.results === undefined) && (missing0 = "results"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "format") || (key0 === "settings")) || (key0 === "shard")) || (key0 === "pattern")) || (key0 === "claimSet")) || (key0 === "results"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.format !== undefined){
let data0 = data.format;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate21.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/shard@1" !== data0){
validate21.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/shard@1"},message:"must be equal to constant"}];
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
validate21.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!((((key1 === "seed") || (key1 === "depth")) || (key1 === "runs")) || (key1 === "samplerVersion"))){
validate21.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.seed !== undefined){
let data2 = data1.seed;
const _errs7 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate21.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 > 9007199254740991 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/settings/seed",schemaPath:"#/properties/settings/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate21.errors = vErrors;
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
validate21.errors = vErrors;
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
validate21.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if(typeof data5 == "number"){
if(data5 > 9007199254740991 || isNaN(data5)){
validate21.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate21.errors = [{instancePath:instancePath+"/settings/samplerVersion",schemaPath:"#/properties/settings/properties/samplerVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate21.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!pattern5.test(data6)){
validate21.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,4}/[0-9]{1,4}$"},message:"must match pattern \""+"^[0-9]{1,4}/[0-9]{1,4}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate21.errors = vErrors;
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
validate21.errors = [{instancePath:instancePath+"/claimSet",schemaPath:"#/properties/claimSet/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
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
validate21.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data9)){
validate21.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/claimSet/" + i0,schemaPath:"#/properties/claimSet/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate21.errors = [{instancePath:instancePath+"/claimSet",schemaPath:"#/properties/claimSet/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate21.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"}];
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
validate21.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data11){
if(!(((((((key2 === "id") || (key2 === "record")) || (key2 === "counterexamples")) || (key2 === "counterexample")) || (key2 === "figures")) || (key2 === "tables")) || (key2 === "ms"))){
const _errs40 = errors;
if(!(validate22(data11[key2], {instancePath:instancePath+"/results/" + i1+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data13)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/id",schemaPath:"#/properties/results/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(Object.keys(data14).length > 1000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"}];
return false;
}
else {
let missing3;
if((((((((data14.id === undefined) && (missing3 = "id")) || ((data14.kind === undefined) && (missing3 = "kind"))) || ((data14.expected === undefined) && (missing3 = "expected"))) || ((data14.verdict === undefined) && (missing3 = "verdict"))) || ((data14.asExpected === undefined) && (missing3 = "asExpected"))) || ((data14.verdictText === undefined) && (missing3 = "verdictText"))) || ((data14.evidence === undefined) && (missing3 = "evidence"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data14){
if(!(((((((key3 === "id") || (key3 === "kind")) || (key3 === "expected")) || (key3 === "verdict")) || (key3 === "asExpected")) || (key3 === "verdictText")) || (key3 === "evidence"))){
const _errs46 = errors;
if(!(validate22(data14[key3], {instancePath:instancePath+"/results/" + i1+"/record/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data14,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid9 = _errs46 === errors;
if(!valid9){
break;
}
}
}
if(_errs45 === errors){
if(data14.id !== undefined){
let data16 = data14.id;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data16 === "string"){
if(func3(data16) > 200){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data16)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/id",schemaPath:"#/properties/results/items/properties/record/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs47 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.kind !== undefined){
let data17 = data14.kind;
const _errs49 = errors;
const _errs50 = errors;
let valid11 = false;
const _errs51 = errors;
if(typeof data17 !== "string"){
const err14 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("exact-forall" !== data17){
const err15 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/0/const",keyword:"const",params:{allowedValue: "exact-forall"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs53 = errors;
if(typeof data17 !== "string"){
const err16 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("exact-witness" !== data17){
const err17 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/1/const",keyword:"const",params:{allowedValue: "exact-witness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs53 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const _errs55 = errors;
if(typeof data17 !== "string"){
const err18 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if("statistical" !== data17){
const err19 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf/2/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs55 === errors;
valid11 = valid11 || _valid3;
}
}
if(!valid11){
const err20 = {instancePath:instancePath+"/results/" + i1+"/record/kind",schemaPath:"#/properties/results/items/properties/record/properties/kind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.expected !== undefined){
let data18 = data14.expected;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data18 === "string"){
if(func3(data18) > 100){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/expected",schemaPath:"#/properties/results/items/properties/record/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs57 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.verdict !== undefined){
let data19 = data14.verdict;
const _errs59 = errors;
const _errs60 = errors;
let valid12 = false;
const _errs61 = errors;
if(typeof data19 !== "string"){
const err21 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if("holds" !== data19){
const err22 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid4 = _errs61 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs63 = errors;
if(typeof data19 !== "string"){
const err23 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("refuted" !== data19){
const err24 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid4 = _errs63 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs65 = errors;
if(typeof data19 !== "string"){
const err25 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if("inconclusive" !== data19){
const err26 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs65 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs67 = errors;
if(typeof data19 !== "string"){
const err27 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if("timeout" !== data19){
const err28 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/3/const",keyword:"const",params:{allowedValue: "timeout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs67 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const _errs69 = errors;
if(typeof data19 !== "string"){
const err29 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if("open" !== data19){
const err30 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf/4/const",keyword:"const",params:{allowedValue: "open"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs69 === errors;
valid12 = valid12 || _valid4;
}
}
}
}
if(!valid12){
const err31 = {instancePath:instancePath+"/results/" + i1+"/record/verdict",schemaPath:"#/properties/results/items/properties/record/properties/verdict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.asExpected !== undefined){
const _errs71 = errors;
if(typeof data14.asExpected !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/asExpected",schemaPath:"#/properties/results/items/properties/record/properties/asExpected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid10 = _errs71 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.verdictText !== undefined){
let data21 = data14.verdictText;
const _errs73 = errors;
if(errors === _errs73){
if(typeof data21 === "string"){
if(func3(data21) > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/verdictText",schemaPath:"#/properties/results/items/properties/record/properties/verdictText/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record/verdictText",schemaPath:"#/properties/results/items/properties/record/properties/verdictText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs73 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.evidence !== undefined){
const _errs75 = errors;
if(!(validate22(data14.evidence, {instancePath:instancePath+"/results/" + i1+"/record/evidence",parentData:data14,parentDataProperty:"evidence",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid10 = _errs75 === errors;
}
else {
var valid10 = true;
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
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/record",schemaPath:"#/properties/results/items/properties/record/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data23 = data11.counterexamples;
const _errs76 = errors;
if(errors === _errs76){
if(Array.isArray(data23)){
if(data23.length > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples",schemaPath:"#/properties/results/items/properties/counterexamples/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
const _errs78 = errors;
if(errors === _errs78){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing4;
if(((data24.name === undefined) && (missing4 = "name")) || ((data24.file === undefined) && (missing4 = "file"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2,schemaPath:"#/properties/results/items/properties/counterexamples/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs80 = errors;
for(const key4 in data24){
if(!((key4 === "name") || (key4 === "file"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2,schemaPath:"#/properties/results/items/properties/counterexamples/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs80 === errors){
if(data24.name !== undefined){
let data25 = data24.name;
const _errs81 = errors;
if(errors === _errs81){
if(typeof data25 === "string"){
if(func3(data25) > 300){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if(!pattern9.test(data25)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?(\\.[A-Za-z0-9_.-]+)?$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs81 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.file !== undefined){
let data26 = data24.file;
const _errs83 = errors;
if(errors === _errs83){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing5;
if((((((((((((data26.format === undefined) && (missing5 = "format")) || ((data26.claim === undefined) && (missing5 = "claim"))) || ((data26.expected === undefined) && (missing5 = "expected"))) || ((data26.source === undefined) && (missing5 = "source"))) || ((data26.seed === undefined) && (missing5 = "seed"))) || ((data26.path === undefined) && (missing5 = "path"))) || ((data26.input === undefined) && (missing5 = "input"))) || ((data26.violated === undefined) && (missing5 = "violated"))) || ((data26.relations === undefined) && (missing5 = "relations"))) || ((data26.note === undefined) && (missing5 = "note"))) || ((data26.sha256 === undefined) && (missing5 = "sha256"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs85 = errors;
for(const key5 in data26){
if(!(func2.call(schema15.properties.results.items.properties.counterexamples.items.properties.file.properties, key5))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs85 === errors){
if(data26.format !== undefined){
let data27 = data26.format;
const _errs86 = errors;
if(typeof data27 !== "string"){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("pruning-gap-check/counterexample@1" !== data27){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/format",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/counterexample@1"},message:"must be equal to constant"}];
return false;
}
var valid15 = _errs86 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.claim !== undefined){
let data28 = data26.claim;
const _errs88 = errors;
if(errors === _errs88){
if(typeof data28 === "string"){
if(func3(data28) > 200){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern0.test(data28)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/claim",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs88 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.expected !== undefined){
let data29 = data26.expected;
const _errs90 = errors;
if(errors === _errs90){
if(typeof data29 === "string"){
if(func3(data29) > 100){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/expected",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs90 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.source !== undefined){
let data30 = data26.source;
const _errs92 = errors;
const _errs93 = errors;
let valid16 = false;
const _errs94 = errors;
if(typeof data30 !== "string"){
const err32 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if("fast-check" !== data30){
const err33 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "fast-check"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid5 = _errs94 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs96 = errors;
if(typeof data30 !== "string"){
const err34 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if("pinned" !== data30){
const err35 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "pinned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid5 = _errs96 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs98 = errors;
if(typeof data30 !== "string"){
const err36 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if("certificate" !== data30){
const err37 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid5 = _errs98 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs100 = errors;
if(typeof data30 !== "string"){
const err38 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("exhaustive" !== data30){
const err39 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/3/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid5 = _errs100 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs102 = errors;
if(typeof data30 !== "string"){
const err40 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if("smt" !== data30){
const err41 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/4/const",keyword:"const",params:{allowedValue: "smt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid5 = _errs102 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs104 = errors;
if(typeof data30 !== "string"){
const err42 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if("statistical" !== data30){
const err43 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/5/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid5 = _errs104 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const _errs106 = errors;
if(typeof data30 !== "string"){
const err44 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if("tightness" !== data30){
const err45 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf/6/const",keyword:"const",params:{allowedValue: "tightness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs106 === errors;
valid16 = valid16 || _valid5;
}
}
}
}
}
}
if(!valid16){
const err46 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/source",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
validate21.errors = vErrors;
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
var valid15 = _errs92 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.seed !== undefined){
let data31 = data26.seed;
const _errs108 = errors;
const _errs109 = errors;
let valid17 = false;
const _errs110 = errors;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err47 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(errors === _errs110){
if(typeof data31 == "number"){
if(data31 > 9007199254740991 || isNaN(data31)){
const err48 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
if(data31 < 0 || isNaN(data31)){
const err49 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
var _valid6 = _errs110 === errors;
valid17 = valid17 || _valid6;
if(!valid17){
const _errs112 = errors;
if(data31 !== null){
const err50 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid6 = _errs112 === errors;
valid17 = valid17 || _valid6;
}
if(!valid17){
const err51 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
validate21.errors = vErrors;
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
var valid15 = _errs108 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.path !== undefined){
let data32 = data26.path;
const _errs114 = errors;
const _errs115 = errors;
let valid18 = false;
const _errs116 = errors;
if(errors === _errs116){
if(typeof data32 === "string"){
if(func3(data32) > 100000){
const err52 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var _valid7 = _errs116 === errors;
valid18 = valid18 || _valid7;
if(!valid18){
const _errs118 = errors;
if(data32 !== null){
const err54 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid7 = _errs118 === errors;
valid18 = valid18 || _valid7;
}
if(!valid18){
const err55 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/path",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs114 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.input !== undefined){
const _errs120 = errors;
if(!(validate22(data26.input, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/input",parentData:data26,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid15 = _errs120 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.violated !== undefined){
const _errs121 = errors;
if(!(validate22(data26.violated, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/violated",parentData:data26,parentDataProperty:"violated",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid15 = _errs121 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.relations !== undefined){
const _errs122 = errors;
if(!(validate22(data26.relations, {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/relations",parentData:data26,parentDataProperty:"relations",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid15 = _errs122 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.note !== undefined){
let data36 = data26.note;
const _errs123 = errors;
const _errs124 = errors;
let valid19 = false;
const _errs125 = errors;
if(errors === _errs125){
if(typeof data36 === "string"){
if(func3(data36) > 100000){
const err56 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var _valid8 = _errs125 === errors;
valid19 = valid19 || _valid8;
if(!valid19){
const _errs127 = errors;
if(data36 !== null){
const err58 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid8 = _errs127 === errors;
valid19 = valid19 || _valid8;
}
if(!valid19){
const err59 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/note",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/note/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs123 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.constants !== undefined){
let data37 = data26.constants;
const _errs129 = errors;
const _errs130 = errors;
let valid20 = false;
const _errs131 = errors;
if(errors === _errs131){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(Object.keys(data37).length > 1000){
const err60 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
var valid21 = true;
for(const key6 in data37){
if(pattern1.test(key6)){
let data38 = data37[key6];
const _errs133 = errors;
if(errors === _errs133){
if(typeof data38 === "string"){
if(func3(data38) > 1000000){
const err61 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
if(!pattern2.test(data38)){
const err62 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
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
else {
const err63 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var valid21 = _errs133 === errors;
if(!valid21){
break;
}
}
}
}
}
else {
const err64 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var _valid9 = _errs131 === errors;
valid20 = valid20 || _valid9;
if(!valid20){
const _errs135 = errors;
if(data37 !== null){
const err65 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid9 = _errs135 === errors;
valid20 = valid20 || _valid9;
}
if(!valid20){
const err66 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/constants",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/constants/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs130;
if(vErrors !== null){
if(_errs130){
vErrors.length = _errs130;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs129 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.statistical !== undefined){
let data39 = data26.statistical;
const _errs137 = errors;
const _errs138 = errors;
let valid22 = false;
const _errs139 = errors;
if(errors === _errs139){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing6;
if(((((data39.seed === undefined) && (missing6 = "seed")) || ((data39.depth === undefined) && (missing6 = "depth"))) || ((data39.runs === undefined) && (missing6 = "runs"))) || ((data39.tests === undefined) && (missing6 = "tests"))){
const err67 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
const _errs141 = errors;
for(const key7 in data39){
if(!((((key7 === "seed") || (key7 === "depth")) || (key7 === "runs")) || (key7 === "tests"))){
const err68 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
}
if(_errs141 === errors){
if(data39.seed !== undefined){
let data40 = data39.seed;
const _errs142 = errors;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err69 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(errors === _errs142){
if(typeof data40 == "number"){
if(data40 > 9007199254740991 || isNaN(data40)){
const err70 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
if(data40 < 0 || isNaN(data40)){
const err71 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var valid23 = _errs142 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data39.depth !== undefined){
let data41 = data39.depth;
const _errs144 = errors;
const _errs145 = errors;
let valid24 = false;
const _errs146 = errors;
if(typeof data41 !== "string"){
const err72 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if("ci" !== data41){
const err73 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid11 = _errs146 === errors;
valid24 = valid24 || _valid11;
if(!valid24){
const _errs148 = errors;
if(typeof data41 !== "string"){
const err74 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if("full" !== data41){
const err75 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid11 = _errs148 === errors;
valid24 = valid24 || _valid11;
}
if(!valid24){
const err76 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
}
var valid23 = _errs144 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data39.runs !== undefined){
let data42 = data39.runs;
const _errs150 = errors;
const _errs151 = errors;
let valid25 = false;
const _errs152 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err77 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(errors === _errs152){
if(typeof data42 == "number"){
if(data42 > 9007199254740991 || isNaN(data42)){
const err78 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
if(data42 < 1 || isNaN(data42)){
const err79 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
}
var _valid12 = _errs152 === errors;
valid25 = valid25 || _valid12;
if(!valid25){
const _errs154 = errors;
if(data42 !== null){
const err80 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid12 = _errs154 === errors;
valid25 = valid25 || _valid12;
}
if(!valid25){
const err81 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs151;
if(vErrors !== null){
if(_errs151){
vErrors.length = _errs151;
}
else {
vErrors = null;
}
}
}
var valid23 = _errs150 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data39.tests !== undefined){
let data43 = data39.tests;
const _errs156 = errors;
if(errors === _errs156){
if(Array.isArray(data43)){
if(data43.length > 10000){
const err82 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
var valid26 = true;
const len3 = data43.length;
for(let i3=0; i3<len3; i3++){
let data44 = data43[i3];
const _errs158 = errors;
if(errors === _errs158){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing7;
if(((((data44.name === undefined) && (missing7 = "name")) || ((data44.n === undefined) && (missing7 = "n"))) || ((data44.successes === undefined) && (missing7 = "successes"))) || ((data44.judgement === undefined) && (missing7 = "judgement"))){
const err83 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
const _errs160 = errors;
for(const key8 in data44){
if(!((((key8 === "name") || (key8 === "n")) || (key8 === "successes")) || (key8 === "judgement"))){
const err84 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
}
if(_errs160 === errors){
if(data44.name !== undefined){
let data45 = data44.name;
const _errs161 = errors;
if(errors === _errs161){
if(typeof data45 === "string"){
if(func3(data45) > 1000){
const err85 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/name",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid27 = _errs161 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data44.n !== undefined){
let data46 = data44.n;
const _errs163 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err87 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(errors === _errs163){
if(typeof data46 == "number"){
if(data46 > 9007199254740991 || isNaN(data46)){
const err88 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
if(data46 < 0 || isNaN(data46)){
const err89 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/n",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
var valid27 = _errs163 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data44.successes !== undefined){
let data47 = data44.successes;
const _errs165 = errors;
const _errs166 = errors;
let valid28 = false;
const _errs167 = errors;
if(!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))){
const err90 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(errors === _errs167){
if(typeof data47 == "number"){
if(data47 > 9007199254740991 || isNaN(data47)){
const err91 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
if(data47 < 0 || isNaN(data47)){
const err92 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
}
var _valid13 = _errs167 === errors;
valid28 = valid28 || _valid13;
if(!valid28){
const _errs169 = errors;
if(data47 !== null){
const err93 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid13 = _errs169 === errors;
valid28 = valid28 || _valid13;
}
if(!valid28){
const err94 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/successes",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs166;
if(vErrors !== null){
if(_errs166){
vErrors.length = _errs166;
}
else {
vErrors = null;
}
}
}
var valid27 = _errs165 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data44.judgement !== undefined){
let data48 = data44.judgement;
const _errs171 = errors;
const _errs172 = errors;
let valid29 = false;
const _errs173 = errors;
if(typeof data48 !== "string"){
const err95 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if("holds" !== data48){
const err96 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid14 = _errs173 === errors;
valid29 = valid29 || _valid14;
if(!valid29){
const _errs175 = errors;
if(typeof data48 !== "string"){
const err97 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if("refuted" !== data48){
const err98 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid14 = _errs175 === errors;
valid29 = valid29 || _valid14;
if(!valid29){
const _errs177 = errors;
if(typeof data48 !== "string"){
const err99 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if("inconclusive" !== data48){
const err100 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid14 = _errs177 === errors;
valid29 = valid29 || _valid14;
}
}
if(!valid29){
const err101 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3+"/judgement",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs172;
if(vErrors !== null){
if(_errs172){
vErrors.length = _errs172;
}
else {
vErrors = null;
}
}
}
var valid27 = _errs171 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
}
}
else {
const err102 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests/" + i3,schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var valid26 = _errs158 === errors;
if(!valid26){
break;
}
}
}
}
else {
const err103 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
var valid23 = _errs156 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
}
else {
const err104 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var _valid10 = _errs139 === errors;
valid22 = valid22 || _valid10;
if(!valid22){
const _errs179 = errors;
if(data39 !== null){
const err105 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid10 = _errs179 === errors;
valid22 = valid22 || _valid10;
}
if(!valid22){
const err106 = {instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/statistical",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/statistical/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
var valid15 = _errs137 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data26.sha256 !== undefined){
let data49 = data26.sha256;
const _errs181 = errors;
if(errors === _errs181){
if(typeof data49 === "string"){
if(!pattern3.test(data49)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file/sha256",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs181 === errors;
}
else {
var valid15 = true;
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
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2+"/file",schemaPath:"#/properties/results/items/properties/counterexamples/items/properties/file/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs83 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples/" + i2,schemaPath:"#/properties/results/items/properties/counterexamples/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs78 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/counterexamples",schemaPath:"#/properties/results/items/properties/counterexamples/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs76 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.counterexample !== undefined){
let data50 = data11.counterexample;
const _errs183 = errors;
const _errs184 = errors;
let valid30 = false;
const _errs185 = errors;
if(errors === _errs185){
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
let missing8;
if((((((((((((data50.format === undefined) && (missing8 = "format")) || ((data50.claim === undefined) && (missing8 = "claim"))) || ((data50.expected === undefined) && (missing8 = "expected"))) || ((data50.source === undefined) && (missing8 = "source"))) || ((data50.seed === undefined) && (missing8 = "seed"))) || ((data50.path === undefined) && (missing8 = "path"))) || ((data50.input === undefined) && (missing8 = "input"))) || ((data50.violated === undefined) && (missing8 = "violated"))) || ((data50.relations === undefined) && (missing8 = "relations"))) || ((data50.note === undefined) && (missing8 = "note"))) || ((data50.sha256 === undefined) && (missing8 = "sha256"))){
const err107 = {instancePath:instancePath+"/results/" + i1+"/counterexample",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
const _errs187 = errors;
for(const key9 in data50){
if(!(func2.call(schema15.properties.results.items.properties.counterexample.anyOf[0].properties, key9))){
const err108 = {instancePath:instancePath+"/results/" + i1+"/counterexample",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
break;
}
}
if(_errs187 === errors){
if(data50.format !== undefined){
let data51 = data50.format;
const _errs188 = errors;
if(typeof data51 !== "string"){
const err109 = {instancePath:instancePath+"/results/" + i1+"/counterexample/format",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if("pruning-gap-check/counterexample@1" !== data51){
const err110 = {instancePath:instancePath+"/results/" + i1+"/counterexample/format",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/format/const",keyword:"const",params:{allowedValue: "pruning-gap-check/counterexample@1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var valid31 = _errs188 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.claim !== undefined){
let data52 = data50.claim;
const _errs190 = errors;
if(errors === _errs190){
if(typeof data52 === "string"){
if(func3(data52) > 200){
const err111 = {instancePath:instancePath+"/results/" + i1+"/counterexample/claim",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/claim/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
if(!pattern0.test(data52)){
const err112 = {instancePath:instancePath+"/results/" + i1+"/counterexample/claim",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/claim/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"},message:"must match pattern \""+"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$"+"\""};
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
else {
const err113 = {instancePath:instancePath+"/results/" + i1+"/counterexample/claim",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/claim/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
var valid31 = _errs190 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.expected !== undefined){
let data53 = data50.expected;
const _errs192 = errors;
if(errors === _errs192){
if(typeof data53 === "string"){
if(func3(data53) > 100){
const err114 = {instancePath:instancePath+"/results/" + i1+"/counterexample/expected",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/expected/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/results/" + i1+"/counterexample/expected",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/expected/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var valid31 = _errs192 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.source !== undefined){
let data54 = data50.source;
const _errs194 = errors;
const _errs195 = errors;
let valid32 = false;
const _errs196 = errors;
if(typeof data54 !== "string"){
const err116 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if("fast-check" !== data54){
const err117 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/0/const",keyword:"const",params:{allowedValue: "fast-check"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid16 = _errs196 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs198 = errors;
if(typeof data54 !== "string"){
const err118 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if("pinned" !== data54){
const err119 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/1/const",keyword:"const",params:{allowedValue: "pinned"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid16 = _errs198 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs200 = errors;
if(typeof data54 !== "string"){
const err120 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if("certificate" !== data54){
const err121 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/2/const",keyword:"const",params:{allowedValue: "certificate"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid16 = _errs200 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs202 = errors;
if(typeof data54 !== "string"){
const err122 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if("exhaustive" !== data54){
const err123 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/3/const",keyword:"const",params:{allowedValue: "exhaustive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid16 = _errs202 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs204 = errors;
if(typeof data54 !== "string"){
const err124 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if("smt" !== data54){
const err125 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/4/const",keyword:"const",params:{allowedValue: "smt"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid16 = _errs204 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs206 = errors;
if(typeof data54 !== "string"){
const err126 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/5/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if("statistical" !== data54){
const err127 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/5/const",keyword:"const",params:{allowedValue: "statistical"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid16 = _errs206 === errors;
valid32 = valid32 || _valid16;
if(!valid32){
const _errs208 = errors;
if(typeof data54 !== "string"){
const err128 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/6/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if("tightness" !== data54){
const err129 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf/6/const",keyword:"const",params:{allowedValue: "tightness"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var _valid16 = _errs208 === errors;
valid32 = valid32 || _valid16;
}
}
}
}
}
}
if(!valid32){
const err130 = {instancePath:instancePath+"/results/" + i1+"/counterexample/source",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
else {
errors = _errs195;
if(vErrors !== null){
if(_errs195){
vErrors.length = _errs195;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs194 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.seed !== undefined){
let data55 = data50.seed;
const _errs210 = errors;
const _errs211 = errors;
let valid33 = false;
const _errs212 = errors;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err131 = {instancePath:instancePath+"/results/" + i1+"/counterexample/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/seed/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(errors === _errs212){
if(typeof data55 == "number"){
if(data55 > 9007199254740991 || isNaN(data55)){
const err132 = {instancePath:instancePath+"/results/" + i1+"/counterexample/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/seed/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
else {
if(data55 < 0 || isNaN(data55)){
const err133 = {instancePath:instancePath+"/results/" + i1+"/counterexample/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/seed/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
}
var _valid17 = _errs212 === errors;
valid33 = valid33 || _valid17;
if(!valid33){
const _errs214 = errors;
if(data55 !== null){
const err134 = {instancePath:instancePath+"/results/" + i1+"/counterexample/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/seed/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid17 = _errs214 === errors;
valid33 = valid33 || _valid17;
}
if(!valid33){
const err135 = {instancePath:instancePath+"/results/" + i1+"/counterexample/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/seed/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs210 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.path !== undefined){
let data56 = data50.path;
const _errs216 = errors;
const _errs217 = errors;
let valid34 = false;
const _errs218 = errors;
if(errors === _errs218){
if(typeof data56 === "string"){
if(func3(data56) > 100000){
const err136 = {instancePath:instancePath+"/results/" + i1+"/counterexample/path",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/path/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
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
const err137 = {instancePath:instancePath+"/results/" + i1+"/counterexample/path",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/path/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
var _valid18 = _errs218 === errors;
valid34 = valid34 || _valid18;
if(!valid34){
const _errs220 = errors;
if(data56 !== null){
const err138 = {instancePath:instancePath+"/results/" + i1+"/counterexample/path",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/path/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid18 = _errs220 === errors;
valid34 = valid34 || _valid18;
}
if(!valid34){
const err139 = {instancePath:instancePath+"/results/" + i1+"/counterexample/path",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
else {
errors = _errs217;
if(vErrors !== null){
if(_errs217){
vErrors.length = _errs217;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs216 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.input !== undefined){
const _errs222 = errors;
if(!(validate22(data50.input, {instancePath:instancePath+"/results/" + i1+"/counterexample/input",parentData:data50,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid31 = _errs222 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.violated !== undefined){
const _errs223 = errors;
if(!(validate22(data50.violated, {instancePath:instancePath+"/results/" + i1+"/counterexample/violated",parentData:data50,parentDataProperty:"violated",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid31 = _errs223 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.relations !== undefined){
const _errs224 = errors;
if(!(validate22(data50.relations, {instancePath:instancePath+"/results/" + i1+"/counterexample/relations",parentData:data50,parentDataProperty:"relations",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid31 = _errs224 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.note !== undefined){
let data60 = data50.note;
const _errs225 = errors;
const _errs226 = errors;
let valid35 = false;
const _errs227 = errors;
if(errors === _errs227){
if(typeof data60 === "string"){
if(func3(data60) > 100000){
const err140 = {instancePath:instancePath+"/results/" + i1+"/counterexample/note",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/note/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
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
const err141 = {instancePath:instancePath+"/results/" + i1+"/counterexample/note",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/note/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
var _valid19 = _errs227 === errors;
valid35 = valid35 || _valid19;
if(!valid35){
const _errs229 = errors;
if(data60 !== null){
const err142 = {instancePath:instancePath+"/results/" + i1+"/counterexample/note",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/note/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid19 = _errs229 === errors;
valid35 = valid35 || _valid19;
}
if(!valid35){
const err143 = {instancePath:instancePath+"/results/" + i1+"/counterexample/note",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/note/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
else {
errors = _errs226;
if(vErrors !== null){
if(_errs226){
vErrors.length = _errs226;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs225 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.constants !== undefined){
let data61 = data50.constants;
const _errs231 = errors;
const _errs232 = errors;
let valid36 = false;
const _errs233 = errors;
if(errors === _errs233){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(Object.keys(data61).length > 1000){
const err144 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1000},message:"must NOT have more than 1000 properties"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
else {
var valid37 = true;
for(const key10 in data61){
if(pattern1.test(key10)){
let data62 = data61[key10];
const _errs235 = errors;
if(errors === _errs235){
if(typeof data62 === "string"){
if(func3(data62) > 1000000){
const err145 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
if(!pattern2.test(data62)){
const err146 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+/[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+/[0-9]+$"+"\""};
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
const err147 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/0/patternProperties/%5E%5BA-Za-z0-9_.-%5D%7B1%2C100%7D%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
var valid37 = _errs235 === errors;
if(!valid37){
break;
}
}
}
}
}
else {
const err148 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var _valid20 = _errs233 === errors;
valid36 = valid36 || _valid20;
if(!valid36){
const _errs237 = errors;
if(data61 !== null){
const err149 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var _valid20 = _errs237 === errors;
valid36 = valid36 || _valid20;
}
if(!valid36){
const err150 = {instancePath:instancePath+"/results/" + i1+"/counterexample/constants",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/constants/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
else {
errors = _errs232;
if(vErrors !== null){
if(_errs232){
vErrors.length = _errs232;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs231 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.statistical !== undefined){
let data63 = data50.statistical;
const _errs239 = errors;
const _errs240 = errors;
let valid38 = false;
const _errs241 = errors;
if(errors === _errs241){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
let missing9;
if(((((data63.seed === undefined) && (missing9 = "seed")) || ((data63.depth === undefined) && (missing9 = "depth"))) || ((data63.runs === undefined) && (missing9 = "runs"))) || ((data63.tests === undefined) && (missing9 = "tests"))){
const err151 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
const _errs243 = errors;
for(const key11 in data63){
if(!((((key11 === "seed") || (key11 === "depth")) || (key11 === "runs")) || (key11 === "tests"))){
const err152 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
break;
}
}
if(_errs243 === errors){
if(data63.seed !== undefined){
let data64 = data63.seed;
const _errs244 = errors;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err153 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(errors === _errs244){
if(typeof data64 == "number"){
if(data64 > 9007199254740991 || isNaN(data64)){
const err154 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
else {
if(data64 < 0 || isNaN(data64)){
const err155 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/seed",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
}
var valid39 = _errs244 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data63.depth !== undefined){
let data65 = data63.depth;
const _errs246 = errors;
const _errs247 = errors;
let valid40 = false;
const _errs248 = errors;
if(typeof data65 !== "string"){
const err156 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/depth/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if("ci" !== data65){
const err157 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/depth/anyOf/0/const",keyword:"const",params:{allowedValue: "ci"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
var _valid22 = _errs248 === errors;
valid40 = valid40 || _valid22;
if(!valid40){
const _errs250 = errors;
if(typeof data65 !== "string"){
const err158 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if("full" !== data65){
const err159 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/depth/anyOf/1/const",keyword:"const",params:{allowedValue: "full"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid22 = _errs250 === errors;
valid40 = valid40 || _valid22;
}
if(!valid40){
const err160 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/depth",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
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
var valid39 = _errs246 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data63.runs !== undefined){
let data66 = data63.runs;
const _errs252 = errors;
const _errs253 = errors;
let valid41 = false;
const _errs254 = errors;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
const err161 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/runs/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(errors === _errs254){
if(typeof data66 == "number"){
if(data66 > 9007199254740991 || isNaN(data66)){
const err162 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/runs/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
else {
if(data66 < 1 || isNaN(data66)){
const err163 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/runs/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
}
var _valid23 = _errs254 === errors;
valid41 = valid41 || _valid23;
if(!valid41){
const _errs256 = errors;
if(data66 !== null){
const err164 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid23 = _errs256 === errors;
valid41 = valid41 || _valid23;
}
if(!valid41){
const err165 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/runs",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
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
var valid39 = _errs252 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data63.tests !== undefined){
let data67 = data63.tests;
const _errs258 = errors;
if(errors === _errs258){
if(Array.isArray(data67)){
if(data67.length > 10000){
const err166 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
else {
var valid42 = true;
const len4 = data67.length;
for(let i4=0; i4<len4; i4++){
let data68 = data67[i4];
const _errs260 = errors;
if(errors === _errs260){
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
let missing10;
if(((((data68.name === undefined) && (missing10 = "name")) || ((data68.n === undefined) && (missing10 = "n"))) || ((data68.successes === undefined) && (missing10 = "successes"))) || ((data68.judgement === undefined) && (missing10 = "judgement"))){
const err167 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4,schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
else {
const _errs262 = errors;
for(const key12 in data68){
if(!((((key12 === "name") || (key12 === "n")) || (key12 === "successes")) || (key12 === "judgement"))){
const err168 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4,schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
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
if(_errs262 === errors){
if(data68.name !== undefined){
let data69 = data68.name;
const _errs263 = errors;
if(errors === _errs263){
if(typeof data69 === "string"){
if(func3(data69) > 1000){
const err169 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/name",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
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
const err170 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/name",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
var valid43 = _errs263 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data68.n !== undefined){
let data70 = data68.n;
const _errs265 = errors;
if(!((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70)))){
const err171 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/n",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/n/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(errors === _errs265){
if(typeof data70 == "number"){
if(data70 > 9007199254740991 || isNaN(data70)){
const err172 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/n",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/n/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
else {
if(data70 < 0 || isNaN(data70)){
const err173 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/n",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/n/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
}
var valid43 = _errs265 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data68.successes !== undefined){
let data71 = data68.successes;
const _errs267 = errors;
const _errs268 = errors;
let valid44 = false;
const _errs269 = errors;
if(!((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71)))){
const err174 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/successes",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(errors === _errs269){
if(typeof data71 == "number"){
if(data71 > 9007199254740991 || isNaN(data71)){
const err175 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/successes",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
else {
if(data71 < 0 || isNaN(data71)){
const err176 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/successes",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var _valid24 = _errs269 === errors;
valid44 = valid44 || _valid24;
if(!valid44){
const _errs271 = errors;
if(data71 !== null){
const err177 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/successes",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
var _valid24 = _errs271 === errors;
valid44 = valid44 || _valid24;
}
if(!valid44){
const err178 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/successes",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/successes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
else {
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
}
var valid43 = _errs267 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data68.judgement !== undefined){
let data72 = data68.judgement;
const _errs273 = errors;
const _errs274 = errors;
let valid45 = false;
const _errs275 = errors;
if(typeof data72 !== "string"){
const err179 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if("holds" !== data72){
const err180 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/0/const",keyword:"const",params:{allowedValue: "holds"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid25 = _errs275 === errors;
valid45 = valid45 || _valid25;
if(!valid45){
const _errs277 = errors;
if(typeof data72 !== "string"){
const err181 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if("refuted" !== data72){
const err182 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/1/const",keyword:"const",params:{allowedValue: "refuted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid25 = _errs277 === errors;
valid45 = valid45 || _valid25;
if(!valid45){
const _errs279 = errors;
if(typeof data72 !== "string"){
const err183 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if("inconclusive" !== data72){
const err184 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf/2/const",keyword:"const",params:{allowedValue: "inconclusive"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid25 = _errs279 === errors;
valid45 = valid45 || _valid25;
}
}
if(!valid45){
const err185 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4+"/judgement",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/properties/judgement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs274;
if(vErrors !== null){
if(_errs274){
vErrors.length = _errs274;
}
else {
vErrors = null;
}
}
}
var valid43 = _errs273 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
}
else {
const err186 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests/" + i4,schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
var valid42 = _errs260 === errors;
if(!valid42){
break;
}
}
}
}
else {
const err187 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical/tests",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
var valid39 = _errs258 === errors;
}
else {
var valid39 = true;
}
}
}
}
}
}
}
else {
const err188 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
var _valid21 = _errs241 === errors;
valid38 = valid38 || _valid21;
if(!valid38){
const _errs281 = errors;
if(data63 !== null){
const err189 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid21 = _errs281 === errors;
valid38 = valid38 || _valid21;
}
if(!valid38){
const err190 = {instancePath:instancePath+"/results/" + i1+"/counterexample/statistical",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/statistical/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
else {
errors = _errs240;
if(vErrors !== null){
if(_errs240){
vErrors.length = _errs240;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs239 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data50.sha256 !== undefined){
let data73 = data50.sha256;
const _errs283 = errors;
if(errors === _errs283){
if(typeof data73 === "string"){
if(!pattern3.test(data73)){
const err191 = {instancePath:instancePath+"/results/" + i1+"/counterexample/sha256",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/results/" + i1+"/counterexample/sha256",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var valid31 = _errs283 === errors;
}
else {
var valid31 = true;
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
const err193 = {instancePath:instancePath+"/results/" + i1+"/counterexample",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
var _valid15 = _errs185 === errors;
valid30 = valid30 || _valid15;
if(!valid30){
const _errs285 = errors;
if(data50 !== null){
const err194 = {instancePath:instancePath+"/results/" + i1+"/counterexample",schemaPath:"#/properties/results/items/properties/counterexample/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid15 = _errs285 === errors;
valid30 = valid30 || _valid15;
}
if(!valid30){
const err195 = {instancePath:instancePath+"/results/" + i1+"/counterexample",schemaPath:"#/properties/results/items/properties/counterexample/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs184;
if(vErrors !== null){
if(_errs184){
vErrors.length = _errs184;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs183 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.figures !== undefined){
let data74 = data11.figures;
const _errs287 = errors;
if(errors === _errs287){
if(Array.isArray(data74)){
if(data74.length > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures",schemaPath:"#/properties/results/items/properties/figures/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid46 = true;
const len5 = data74.length;
for(let i5=0; i5<len5; i5++){
let data75 = data74[i5];
const _errs289 = errors;
if(errors === _errs289){
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
let missing11;
if((((data75.name === undefined) && (missing11 = "name")) || ((data75.title === undefined) && (missing11 = "title"))) || ((data75.spec === undefined) && (missing11 = "spec"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5,schemaPath:"#/properties/results/items/properties/figures/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs291 = errors;
for(const key13 in data75){
if(!(((key13 === "name") || (key13 === "title")) || (key13 === "spec"))){
const _errs292 = errors;
if(!(validate22(data75[key13], {instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data75,parentDataProperty:key13,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid47 = _errs292 === errors;
if(!valid47){
break;
}
}
}
if(_errs291 === errors){
if(data75.name !== undefined){
let data77 = data75.name;
const _errs293 = errors;
if(errors === _errs293){
if(typeof data77 === "string"){
if(!pattern18.test(data77)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.@-]{1,200}$"},message:"must match pattern \""+"^[A-Za-z0-9_.@-]{1,200}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/name",schemaPath:"#/properties/results/items/properties/figures/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs293 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data75.title !== undefined){
let data78 = data75.title;
const _errs295 = errors;
if(errors === _errs295){
if(typeof data78 === "string"){
if(func3(data78) > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/title",schemaPath:"#/properties/results/items/properties/figures/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs295 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data75.spec !== undefined){
const _errs297 = errors;
if(!(validate22(data75.spec, {instancePath:instancePath+"/results/" + i1+"/figures/" + i5+"/spec",parentData:data75,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid48 = _errs297 === errors;
}
else {
var valid48 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures/" + i5,schemaPath:"#/properties/results/items/properties/figures/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid46 = _errs289 === errors;
if(!valid46){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/figures",schemaPath:"#/properties/results/items/properties/figures/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs287 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.tables !== undefined){
let data80 = data11.tables;
const _errs298 = errors;
if(errors === _errs298){
if(Array.isArray(data80)){
if(data80.length > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables",schemaPath:"#/properties/results/items/properties/tables/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid49 = true;
const len6 = data80.length;
for(let i6=0; i6<len6; i6++){
let data81 = data80[i6];
const _errs300 = errors;
if(errors === _errs300){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
let missing12;
if(((((data81.name === undefined) && (missing12 = "name")) || ((data81.title === undefined) && (missing12 = "title"))) || ((data81.columns === undefined) && (missing12 = "columns"))) || ((data81.rows === undefined) && (missing12 = "rows"))){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6,schemaPath:"#/properties/results/items/properties/tables/items/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs302 = errors;
for(const key14 in data81){
if(!((((key14 === "name") || (key14 === "title")) || (key14 === "columns")) || (key14 === "rows"))){
const _errs303 = errors;
if(!(validate22(data81[key14], {instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data81,parentDataProperty:key14,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid50 = _errs303 === errors;
if(!valid50){
break;
}
}
}
if(_errs302 === errors){
if(data81.name !== undefined){
let data83 = data81.name;
const _errs304 = errors;
if(errors === _errs304){
if(typeof data83 === "string"){
if(func3(data83) > 1000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/name",schemaPath:"#/properties/results/items/properties/tables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid51 = _errs304 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data81.title !== undefined){
let data84 = data81.title;
const _errs306 = errors;
if(errors === _errs306){
if(typeof data84 === "string"){
if(func3(data84) > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/title",schemaPath:"#/properties/results/items/properties/tables/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid51 = _errs306 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data81.columns !== undefined){
let data85 = data81.columns;
const _errs308 = errors;
if(errors === _errs308){
if(Array.isArray(data85)){
if(data85.length > 1000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid52 = true;
const len7 = data85.length;
for(let i7=0; i7<len7; i7++){
let data86 = data85[i7];
const _errs310 = errors;
if(errors === _errs310){
if(typeof data86 === "string"){
if(func3(data86) > 10000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/columns/" + i7,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/columns/" + i7,schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid52 = _errs310 === errors;
if(!valid52){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/columns",schemaPath:"#/properties/results/items/properties/tables/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid51 = _errs308 === errors;
}
else {
var valid51 = true;
}
if(valid51){
if(data81.rows !== undefined){
let data87 = data81.rows;
const _errs312 = errors;
if(errors === _errs312){
if(Array.isArray(data87)){
if(data87.length > 1000000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
return false;
}
else {
var valid53 = true;
const len8 = data87.length;
for(let i8=0; i8<len8; i8++){
let data88 = data87[i8];
const _errs314 = errors;
if(errors === _errs314){
if(Array.isArray(data88)){
if(data88.length > 1000){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid54 = true;
const len9 = data88.length;
for(let i9=0; i9<len9; i9++){
let data89 = data88[i9];
const _errs316 = errors;
const _errs317 = errors;
let valid55 = false;
const _errs318 = errors;
if(errors === _errs318){
if(typeof data89 === "string"){
if(func3(data89) > 1000000){
const err196 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8+"/" + i9,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
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
const err197 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8+"/" + i9,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
var _valid26 = _errs318 === errors;
valid55 = valid55 || _valid26;
if(!valid55){
const _errs320 = errors;
if(!(typeof data89 == "number")){
const err198 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8+"/" + i9,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
var _valid26 = _errs320 === errors;
valid55 = valid55 || _valid26;
}
if(!valid55){
const err199 = {instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8+"/" + i9,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs317;
if(vErrors !== null){
if(_errs317){
vErrors.length = _errs317;
}
else {
vErrors = null;
}
}
}
var valid54 = _errs316 === errors;
if(!valid54){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows/" + i8,schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid53 = _errs314 === errors;
if(!valid53){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6+"/rows",schemaPath:"#/properties/results/items/properties/tables/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid51 = _errs312 === errors;
}
else {
var valid51 = true;
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables/" + i6,schemaPath:"#/properties/results/items/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid49 = _errs300 === errors;
if(!valid49){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/tables",schemaPath:"#/properties/results/items/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs298 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data11.ms !== undefined){
let data90 = data11.ms;
const _errs322 = errors;
if(errors === _errs322){
if(typeof data90 == "number"){
if(data90 < 0 || isNaN(data90)){
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1+"/ms",schemaPath:"#/properties/results/items/properties/ms/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid8 = _errs322 === errors;
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
else {
validate21.errors = [{instancePath:instancePath+"/results/" + i1,schemaPath:"#/properties/results/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate21.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const tables = validate35;
const schema17 = {"maxProperties":100000,"$id":"https://pruning-gap-check/schemas/tables.schema.json","title":"pruning-gap-check tables.json","$defs":{"Json":{"anyOf":[{"type":"null"},{"type":"boolean"},{"type":"number"},{"type":"string","maxLength":1000000},{"type":"array","maxItems":1000000,"items":{"$ref":"#/$defs/Json"}},{"type":"object","maxProperties":10000,"additionalProperties":{"$ref":"#/$defs/Json"}}]}},"type":"object","patternProperties":{"^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$":{"maxItems":10000,"type":"array","items":{"additionalProperties":{"$ref":"#/$defs/Json"},"type":"object","required":["name","title","columns","rows"],"properties":{"name":{"maxLength":1000,"type":"string"},"title":{"maxLength":10000,"type":"string"},"columns":{"maxItems":1000,"type":"array","items":{"maxLength":10000,"type":"string"}},"rows":{"maxItems":1000000,"type":"array","items":{"maxItems":1000,"type":"array","items":{"anyOf":[{"maxLength":1000000,"type":"string"},{"type":"number"}]}}}}}}}};
const wrapper6 = {validate: validate36};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate36.errors = vErrors;
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
validate36.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://pruning-gap-check/schemas/tables.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100000){
validate35.errors = [{instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100000},message:"must NOT have more than 100000 properties"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data1){
if(!((((key1 === "name") || (key1 === "title")) || (key1 === "columns")) || (key1 === "rows"))){
const _errs6 = errors;
if(!(validate36(data1[key1], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/name",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/name",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/title",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/title",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns/" + i1,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/items/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns/" + i1,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/columns",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
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
validate35.errors = vErrors;
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows/" + i2,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0+"/rows",schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate35.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z0-9_.%5D%2B(%40%5BA-Za-z0-9-%5D%2B)%3F%24/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

