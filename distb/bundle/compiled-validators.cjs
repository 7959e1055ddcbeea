// Generated at build time by scripts/build.mjs from src/schema: do not edit.
"use strict";
module.exports = function compiledValidators(slmValueProblem) {
const exports = {};
"use strict";
exports.config = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slm.dev/schemas/slm-config.schema.json","title":"slm.config.yaml","description":"Repository configuration of slm: which files are agreements and where reports go.","type":"object","additionalProperties":false,"properties":{"include":{"type":"array","description":"Globs of the YAML files holding slm documents.","items":{"type":"string","minLength":1,"description":"A glob relative to the repository root."},"default":["**/*.yaml","**/*.yml"]},"exclude":{"type":"array","description":"Globs excluded from `include` (added to the built-in ignores).","items":{"type":"string","minLength":1,"description":"A glob relative to the repository root."},"default":["reports/**","node_modules/**",".github/**"]},"reports":{"type":"object","description":"Defaults of `slm report`.","additionalProperties":false,"properties":{"out":{"type":"string","minLength":1,"description":"Output directory, inside the repository (relative, no \"..\"); `slm report --out DIR` writes elsewhere.","default":"reports","slmValue":"repository-path"},"format":{"enum":["md","html","json"],"description":"Report format.","default":"md"},"trend":{"type":"integer","minimum":0,"description":"Number of past periods in the trend.","default":6},"locale":{"enum":["en","de","zh-CN"],"description":"Language of Markdown and HTML reports, KPI and coverage Markdown, unless `--locale` or the agreement's `spec.locale` names one (default en)."}}},"rules":{"type":"object","description":"Severity per diagnostic code (docs/diagnostics.md): off, info, warning or error. Warnings and infos may be changed or turned off; errors may not be lowered.","additionalProperties":{"enum":["off","info","warning","error"],"description":"The level of this rule's findings."}}}};
const func0 = require("ajv/dist/runtime/ucs2length").default;
const func2 = slmValueProblem;

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://slm.dev/schemas/slm-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "include") || (key0 === "exclude")) || (key0 === "reports")) || (key0 === "rules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.include !== undefined){
let data0 = data.include;
const _errs2 = errors;
const _errs3 = errors;
if(Array.isArray(data0)){
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err1 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.include.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.include.items.type,parentSchema:schema0.properties.include.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err3 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.include.type,parentSchema:schema0.properties.include,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.exclude !== undefined){
let data2 = data.exclude;
const _errs6 = errors;
const _errs7 = errors;
if(Array.isArray(data2)){
let valid4 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs8 = errors;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func0(data3) < 1){
const err4 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.exclude.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.exclude.items.type,parentSchema:schema0.properties.exclude.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid3 = _errs8 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err6 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.exclude.type,parentSchema:schema0.properties.exclude,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.reports !== undefined){
let data4 = data.reports;
const _errs10 = errors;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
const _errs12 = errors;
for(const key1 in data4){
if(!((((key1 === "out") || (key1 === "format")) || (key1 === "trend")) || (key1 === "locale"))){
const err7 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.reports,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.out !== undefined){
let data5 = data4.out;
const _errs13 = errors;
const _errs14 = errors;
const problem0 = func2("repository-path", data5);
if(problem0 !== undefined){
const err8 = {instancePath:instancePath+"/reports/out",schemaPath:"#/properties/reports/properties/out/slmValue",keyword:"slmValue",params:{kind: "repository-path"},message:problem0,schema:"repository-path",parentSchema:schema0.properties.reports.properties.out,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err9 = {instancePath:instancePath+"/reports/out",schemaPath:"#/properties/reports/properties/out/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.reports.properties.out,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/reports/out",schemaPath:"#/properties/reports/properties/out/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.reports.properties.out.type,parentSchema:schema0.properties.reports.properties.out,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid5 = _errs13 === errors;
}
if(data4.format !== undefined){
let data6 = data4.format;
const _errs15 = errors;
const vSchema0 = schema0.properties.reports.properties.format.enum;
if(!(((data6 === "md") || (data6 === "html")) || (data6 === "json"))){
const err11 = {instancePath:instancePath+"/reports/format",schemaPath:"#/properties/reports/properties/format/enum",keyword:"enum",params:{allowedValues: schema0.properties.reports.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.reports.properties.format.enum,parentSchema:schema0.properties.reports.properties.format,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid5 = _errs15 === errors;
}
if(data4.trend !== undefined){
let data7 = data4.trend;
const _errs16 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/reports/trend",schemaPath:"#/properties/reports/properties/trend/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.reports.properties.trend.type,parentSchema:schema0.properties.reports.properties.trend,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs17 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/reports/trend",schemaPath:"#/properties/reports/properties/trend/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.reports.properties.trend,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid5 = _errs16 === errors;
}
if(data4.locale !== undefined){
let data8 = data4.locale;
const _errs18 = errors;
const vSchema1 = schema0.properties.reports.properties.locale.enum;
if(!(((data8 === "en") || (data8 === "de")) || (data8 === "zh-CN"))){
const err14 = {instancePath:instancePath+"/reports/locale",schemaPath:"#/properties/reports/properties/locale/enum",keyword:"enum",params:{allowedValues: schema0.properties.reports.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.reports.properties.locale.enum,parentSchema:schema0.properties.reports.properties.locale,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs18 === errors;
}
}
else {
const err15 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.reports.type,parentSchema:schema0.properties.reports,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.rules !== undefined){
let data9 = data.rules;
const _errs19 = errors;
const _errs20 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs21 = errors;
for(const key2 in data9){
let data10 = data9[key2];
const _errs22 = errors;
const vSchema2 = schema0.properties.rules.additionalProperties.enum;
if(!((((data10 === "off") || (data10 === "info")) || (data10 === "warning")) || (data10 === "error"))){
const err16 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema0.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.rules.additionalProperties.enum,parentSchema:schema0.properties.rules.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs22 === errors;
}
}
else {
const err17 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.rules.type,parentSchema:schema0.properties.rules,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid0 = _errs19 === errors;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Service = validate168;
const schema2 = {"type":"object","description":"A service of the catalogue, with the components it depends on.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"Service","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/serviceSpec"}}};
const schema3 = {"type":"object","description":"Identity of the document.","required":["name"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Unique name among the documents of this kind."},"displayName":{"type":"string","description":"Human name shown in reports."},"labels":{"type":"object","description":"Free string labels.","additionalProperties":{"type":"string"}}}};
const schema4 = {"type":"string","description":"A name: 1–63 lowercase letters, digits or '-', starting and ending with a letter or digit.","slmValue":"name"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("name", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "name"},message:problem0,schema:"name",parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "displayName")) || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.displayName.type,parentSchema:schema3.properties.displayName,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.labels !== undefined){
let data2 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
const _errs7 = errors;
for(const key1 in data2){
let data3 = data2[key1];
const _errs8 = errors;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs9 = errors;
var valid1 = _errs8 === errors;
}
}
else {
const err4 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema5 = {"type":"object","description":"A service of the catalogue.","required":["owner"],"additionalProperties":false,"properties":{"owner":{"$ref":"#/$defs/name","description":"The Party that owns the service."},"tier":{"type":"string","description":"Free text tier (standard, key, special…)."},"description":{"type":"string","description":"Free text."},"dependsOn":{"type":"array","description":"Components this service needs, in series.","items":{"type":["string","object"],"description":"A Service name, or { anyOf: [...] }: a redundant group that is up while any member is up.","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$","required":["anyOf"],"additionalProperties":false,"properties":{"anyOf":{"type":"array","description":"The redundant members.","minItems":2,"items":{"$ref":"#/$defs/name"}}}}}}};
const pattern0 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.owner === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "owner") || (key0 === "tier")) || (key0 === "description")) || (key0 === "dependsOn"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.owner !== undefined){
let data0 = data.owner;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.tier !== undefined){
let data1 = data.tier;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.tier.type,parentSchema:schema5.properties.tier,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.description !== undefined){
let data2 = data.description;
const _errs5 = errors;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.description.type,parentSchema:schema5.properties.description,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs6 = errors;
var valid0 = _errs5 === errors;
}
if(data.dependsOn !== undefined){
let data3 = data.dependsOn;
const _errs7 = errors;
const _errs8 = errors;
if(Array.isArray(data3)){
let valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if((typeof data4 !== "string") && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){
const err4 = {instancePath:instancePath+"/dependsOn/" + i0,schemaPath:"#/properties/dependsOn/items/type",keyword:"type",params:{type: schema5.properties.dependsOn.items.type},message:"must be string,object",schema:schema5.properties.dependsOn.items.type,parentSchema:schema5.properties.dependsOn.items,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs10 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err5 = {instancePath:instancePath+"/dependsOn/" + i0,schemaPath:"#/properties/dependsOn/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",parentSchema:schema5.properties.dependsOn.items,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.anyOf === undefined){
const err6 = {instancePath:instancePath+"/dependsOn/" + i0,schemaPath:"#/properties/dependsOn/items/required",keyword:"required",params:{missingProperty: "anyOf"},message:"must have required property '"+"anyOf"+"'",schema:schema5.properties.dependsOn.items.required,parentSchema:schema5.properties.dependsOn.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs11 = errors;
for(const key1 in data4){
if(!(key1 === "anyOf")){
const err7 = {instancePath:instancePath+"/dependsOn/" + i0,schemaPath:"#/properties/dependsOn/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema5.properties.dependsOn.items,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.anyOf !== undefined){
let data5 = data4.anyOf;
const _errs12 = errors;
const _errs13 = errors;
if(Array.isArray(data5)){
if(data5.length < 2){
const err8 = {instancePath:instancePath+"/dependsOn/" + i0+"/anyOf",schemaPath:"#/properties/dependsOn/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema5.properties.dependsOn.items.properties.anyOf,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let valid5 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs14 = errors;
if(!(validate4(data6, {instancePath:instancePath+"/dependsOn/" + i0+"/anyOf/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs14 === errors;
if(!valid4){
valid5 = false;
}
}
}
else {
const err9 = {instancePath:instancePath+"/dependsOn/" + i0+"/anyOf",schemaPath:"#/properties/dependsOn/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.dependsOn.items.properties.anyOf.type,parentSchema:schema5.properties.dependsOn.items.properties.anyOf,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid3 = _errs12 === errors;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err10 = {instancePath:instancePath+"/dependsOn",schemaPath:"#/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.dependsOn.type,parentSchema:schema5.properties.dependsOn,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs7 === errors;
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate168.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema2.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("Service" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Service"},message:"must be equal to constant",schema:"Service",parentSchema:schema2.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate7(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate168.errors = vErrors;
return errors === 0;
}
validate168.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Calendar = validate171;
const schema6 = {"type":"object","description":"Service hours: weekly windows, time zone and holidays.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"Calendar","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/calendarSpec"}}};
const schema7 = {"type":"object","description":"Service hours.","required":["hours"],"additionalProperties":false,"properties":{"timezone":{"$ref":"#/$defs/timezone","description":"Zone of the wall-clock hours and holidays (default UTC)."},"hours":{"type":"array","description":"Weekly windows of service hours.","minItems":1,"items":{"type":"object","description":"A window on the given weekdays.","required":["days","from","to"],"additionalProperties":false,"properties":{"days":{"type":"array","description":"Weekdays.","minItems":1,"uniqueItems":true,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"],"description":"A weekday."}},"from":{"$ref":"#/$defs/timeOfDay","description":"Start, local time."},"to":{"$ref":"#/$defs/timeOfDayEnd","description":"End, local time (24:00 for midnight)."}}}},"holidays":{"type":"array","description":"Days off in the calendar's zone: a date (closed all day) or { date, from, to? } (closed from `from` to `to`, default 24:00). Win over holidaysFrom.","uniqueItems":true,"items":{"type":["string","object"],"slmValue":"date-or-entry","description":"A date YYYY-MM-DD, or a part-day holiday { date, from, to? }.","required":["date","from"],"additionalProperties":false,"properties":{"date":{"$ref":"#/$defs/date","description":"The day."},"from":{"$ref":"#/$defs/timeOfDay","description":"Closed from this local time."},"to":{"$ref":"#/$defs/timeOfDayEnd","description":"Closed until this local time (default 24:00)."}}}},"workdays":{"type":"array","description":"Extra working days (make-up working days such as China's 调休, a working Saturday): a date (with the hours of `workdayAs`) or { date, from, to }. Win over holidaysFrom.","uniqueItems":true,"items":{"type":["string","object"],"slmValue":"date-or-entry","description":"A date YYYY-MM-DD, or { date, from, to } with the day's own hours.","required":["date","from","to"],"additionalProperties":false,"properties":{"date":{"$ref":"#/$defs/date","description":"The day."},"from":{"$ref":"#/$defs/timeOfDay","description":"Start, local time."},"to":{"$ref":"#/$defs/timeOfDayEnd","description":"End, local time (24:00 for midnight)."}}}},"workdayAs":{"enum":["mon","tue","wed","thu","fri","sat","sun"],"description":"Whose hours a plain `workdays` date takes (default mon)."},"holidaysFrom":{"type":"object","description":"Public holidays from a maintained library: chinese-days for CN (with the official make-up working days), date-holidays for every other country (public holidays only). See docs/calendars.md.","required":["country"],"additionalProperties":false,"properties":{"country":{"type":"string","pattern":"^[A-Z]{2}$","description":"ISO 3166-1 alpha-2 country code."},"region":{"type":"string","pattern":"^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$","description":"State (ISO 3166-2 subdivision, e.g. BY) and optionally a region below it (BY-KATH); not for CN."}}}}};
const schema8 = {"type":"string","description":"An IANA time zone name.","minLength":1,"slmValue":"timezone"};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const problem0 = func2("timezone", data);
if(problem0 !== undefined){
const err0 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "timezone"},message:problem0,schema:"timezone",parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema9 = {"type":"string","description":"A wall-clock time HH:MM, 24 h.","slmValue":"time-of-day"};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("time-of-day", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "time-of-day"},message:problem0,schema:"time-of-day",parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema10 = {"type":"string","description":"A wall-clock time HH:MM, 24 h; 24:00 ends a day.","slmValue":"time-of-day-end"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("time-of-day-end", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "time-of-day-end"},message:problem0,schema:"time-of-day-end",parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema11 = {"type":"string","description":"A calendar date YYYY-MM-DD (it must exist: no February 30).","slmValue":"date"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("date", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "date"},message:problem0,schema:"date",parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

const func7 = require("ajv/dist/runtime/equal").default;
const pattern1 = new RegExp("^[A-Z]{2}$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hours === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hours"},message:"must have required property '"+"hours"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "timezone") || (key0 === "hours")) || (key0 === "holidays")) || (key0 === "workdays")) || (key0 === "workdayAs")) || (key0 === "holidaysFrom"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.timezone !== undefined){
let data0 = data.timezone;
const _errs2 = errors;
if(!(validate15(data0, {instancePath:instancePath+"/timezone",parentData:data,parentDataProperty:"timezone",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.hours !== undefined){
let data1 = data.hours;
const _errs3 = errors;
const _errs4 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema7.properties.hours,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
let valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
const _errs6 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.days === undefined){
const err3 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'",schema:schema7.properties.hours.items.required,parentSchema:schema7.properties.hours.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.from === undefined){
const err4 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema7.properties.hours.items.required,parentSchema:schema7.properties.hours.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.to === undefined){
const err5 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema7.properties.hours.items.required,parentSchema:schema7.properties.hours.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data2){
if(!(((key1 === "days") || (key1 === "from")) || (key1 === "to"))){
const err6 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema7.properties.hours.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.days !== undefined){
let data3 = data2.days;
const _errs8 = errors;
const _errs9 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/hours/" + i0+"/days",schemaPath:"#/properties/hours/items/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema7.properties.hours.items.properties.days,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let valid5 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
const vSchema0 = schema7.properties.hours.items.properties.days.items.enum;
if(!(((((((data4 === "mon") || (data4 === "tue")) || (data4 === "wed")) || (data4 === "thu")) || (data4 === "fri")) || (data4 === "sat")) || (data4 === "sun"))){
const err8 = {instancePath:instancePath+"/hours/" + i0+"/days/" + i1,schemaPath:"#/properties/hours/items/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema7.properties.hours.items.properties.days.items.enum},message:"must be equal to one of the allowed values",schema:schema7.properties.hours.items.properties.days.items.enum,parentSchema:schema7.properties.hours.items.properties.days.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs10 === errors;
if(!valid4){
valid5 = false;
}
}
let valid6;
let i2 = data3.length;
let j0;
valid6 = true;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func7(data3[i2], data3[j0])){
const err9 = {instancePath:instancePath+"/hours/" + i0+"/days",schemaPath:"#/properties/hours/items/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema7.properties.hours.items.properties.days,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
valid6 = false;
break outer0;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/hours/" + i0+"/days",schemaPath:"#/properties/hours/items/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.hours.items.properties.days.type,parentSchema:schema7.properties.hours.items.properties.days,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid3 = _errs8 === errors;
}
if(data2.from !== undefined){
let data5 = data2.from;
const _errs11 = errors;
if(!(validate17(data5, {instancePath:instancePath+"/hours/" + i0+"/from",parentData:data2,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
else {
}
var valid3 = _errs11 === errors;
}
if(data2.to !== undefined){
let data6 = data2.to;
const _errs12 = errors;
if(!(validate19(data6, {instancePath:instancePath+"/hours/" + i0+"/to",parentData:data2,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
else {
}
var valid3 = _errs12 === errors;
}
}
else {
const err11 = {instancePath:instancePath+"/hours/" + i0,schemaPath:"#/properties/hours/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.hours.items.type,parentSchema:schema7.properties.hours.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
valid2 = false;
}
}
}
else {
const err12 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.hours.type,parentSchema:schema7.properties.hours,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.holidays !== undefined){
let data7 = data.holidays;
const _errs13 = errors;
const _errs14 = errors;
if(Array.isArray(data7)){
let valid8 = true;
const len2 = data7.length;
for(let i3=0; i3<len2; i3++){
let data8 = data7[i3];
const _errs15 = errors;
if((typeof data8 !== "string") && (!(data8 && typeof data8 == "object" && !Array.isArray(data8)))){
const err13 = {instancePath:instancePath+"/holidays/" + i3,schemaPath:"#/properties/holidays/items/type",keyword:"type",params:{type: schema7.properties.holidays.items.type},message:"must be string,object",schema:schema7.properties.holidays.items.type,parentSchema:schema7.properties.holidays.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs16 = errors;
const problem0 = func2("date-or-entry", data8);
if(problem0 !== undefined){
const err14 = {instancePath:instancePath+"/holidays/" + i3,schemaPath:"#/properties/holidays/items/slmValue",keyword:"slmValue",params:{kind: "date-or-entry"},message:problem0,schema:"date-or-entry",parentSchema:schema7.properties.holidays.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.date === undefined){
const err15 = {instancePath:instancePath+"/holidays/" + i3,schemaPath:"#/properties/holidays/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema7.properties.holidays.items.required,parentSchema:schema7.properties.holidays.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.from === undefined){
const err16 = {instancePath:instancePath+"/holidays/" + i3,schemaPath:"#/properties/holidays/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema7.properties.holidays.items.required,parentSchema:schema7.properties.holidays.items,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs17 = errors;
for(const key2 in data8){
if(!(((key2 === "date") || (key2 === "from")) || (key2 === "to"))){
const err17 = {instancePath:instancePath+"/holidays/" + i3,schemaPath:"#/properties/holidays/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema7.properties.holidays.items,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.date !== undefined){
let data9 = data8.date;
const _errs18 = errors;
if(!(validate21(data9, {instancePath:instancePath+"/holidays/" + i3+"/date",parentData:data8,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs18 === errors;
}
if(data8.from !== undefined){
let data10 = data8.from;
const _errs19 = errors;
if(!(validate17(data10, {instancePath:instancePath+"/holidays/" + i3+"/from",parentData:data8,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs19 === errors;
}
if(data8.to !== undefined){
let data11 = data8.to;
const _errs20 = errors;
if(!(validate19(data11, {instancePath:instancePath+"/holidays/" + i3+"/to",parentData:data8,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
else {
}
var valid9 = _errs20 === errors;
}
}
var valid7 = _errs15 === errors;
if(!valid7){
valid8 = false;
}
}
let valid10;
let i4 = data7.length;
let j1;
valid10 = true;
if(i4 > 1){
outer1:
for(;i4--;){
for(j1 = i4; j1--;){
if(func7(data7[i4], data7[j1])){
const err18 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema7.properties.holidays,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
valid10 = false;
break outer1;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.holidays.type,parentSchema:schema7.properties.holidays,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid0 = _errs13 === errors;
}
if(data.workdays !== undefined){
let data12 = data.workdays;
const _errs21 = errors;
const _errs22 = errors;
if(Array.isArray(data12)){
let valid12 = true;
const len3 = data12.length;
for(let i5=0; i5<len3; i5++){
let data13 = data12[i5];
const _errs23 = errors;
if((typeof data13 !== "string") && (!(data13 && typeof data13 == "object" && !Array.isArray(data13)))){
const err20 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/type",keyword:"type",params:{type: schema7.properties.workdays.items.type},message:"must be string,object",schema:schema7.properties.workdays.items.type,parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs24 = errors;
const problem1 = func2("date-or-entry", data13);
if(problem1 !== undefined){
const err21 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/slmValue",keyword:"slmValue",params:{kind: "date-or-entry"},message:problem1,schema:"date-or-entry",parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.date === undefined){
const err22 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema7.properties.workdays.items.required,parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data13.from === undefined){
const err23 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema7.properties.workdays.items.required,parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data13.to === undefined){
const err24 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema7.properties.workdays.items.required,parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs25 = errors;
for(const key3 in data13){
if(!(((key3 === "date") || (key3 === "from")) || (key3 === "to"))){
const err25 = {instancePath:instancePath+"/workdays/" + i5,schemaPath:"#/properties/workdays/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema7.properties.workdays.items,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.date !== undefined){
let data14 = data13.date;
const _errs26 = errors;
if(!(validate21(data14, {instancePath:instancePath+"/workdays/" + i5+"/date",parentData:data13,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs26 === errors;
}
if(data13.from !== undefined){
let data15 = data13.from;
const _errs27 = errors;
if(!(validate17(data15, {instancePath:instancePath+"/workdays/" + i5+"/from",parentData:data13,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs27 === errors;
}
if(data13.to !== undefined){
let data16 = data13.to;
const _errs28 = errors;
if(!(validate19(data16, {instancePath:instancePath+"/workdays/" + i5+"/to",parentData:data13,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs28 === errors;
}
}
var valid11 = _errs23 === errors;
if(!valid11){
valid12 = false;
}
}
let valid14;
let i6 = data12.length;
let j2;
valid14 = true;
if(i6 > 1){
outer2:
for(;i6--;){
for(j2 = i6; j2--;){
if(func7(data12[i6], data12[j2])){
const err26 = {instancePath:instancePath+"/workdays",schemaPath:"#/properties/workdays/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema7.properties.workdays,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
valid14 = false;
break outer2;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/workdays",schemaPath:"#/properties/workdays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.properties.workdays.type,parentSchema:schema7.properties.workdays,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid0 = _errs21 === errors;
}
if(data.workdayAs !== undefined){
let data17 = data.workdayAs;
const _errs29 = errors;
const vSchema1 = schema7.properties.workdayAs.enum;
if(!(((((((data17 === "mon") || (data17 === "tue")) || (data17 === "wed")) || (data17 === "thu")) || (data17 === "fri")) || (data17 === "sat")) || (data17 === "sun"))){
const err28 = {instancePath:instancePath+"/workdayAs",schemaPath:"#/properties/workdayAs/enum",keyword:"enum",params:{allowedValues: schema7.properties.workdayAs.enum},message:"must be equal to one of the allowed values",schema:schema7.properties.workdayAs.enum,parentSchema:schema7.properties.workdayAs,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid0 = _errs29 === errors;
}
if(data.holidaysFrom !== undefined){
let data18 = data.holidaysFrom;
const _errs30 = errors;
const _errs31 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.country === undefined){
const err29 = {instancePath:instancePath+"/holidaysFrom",schemaPath:"#/properties/holidaysFrom/required",keyword:"required",params:{missingProperty: "country"},message:"must have required property '"+"country"+"'",schema:schema7.properties.holidaysFrom.required,parentSchema:schema7.properties.holidaysFrom,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const _errs32 = errors;
for(const key4 in data18){
if(!((key4 === "country") || (key4 === "region"))){
const err30 = {instancePath:instancePath+"/holidaysFrom",schemaPath:"#/properties/holidaysFrom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema7.properties.holidaysFrom,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data18.country !== undefined){
let data19 = data18.country;
const _errs33 = errors;
const _errs34 = errors;
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err31 = {instancePath:instancePath+"/holidaysFrom/country",schemaPath:"#/properties/holidaysFrom/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\"",schema:"^[A-Z]{2}$",parentSchema:schema7.properties.holidaysFrom.properties.country,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/holidaysFrom/country",schemaPath:"#/properties/holidaysFrom/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.holidaysFrom.properties.country.type,parentSchema:schema7.properties.holidaysFrom.properties.country,data:data19};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid15 = _errs33 === errors;
}
if(data18.region !== undefined){
let data20 = data18.region;
const _errs35 = errors;
const _errs36 = errors;
if(typeof data20 === "string"){
if(!pattern2.test(data20)){
const err33 = {instancePath:instancePath+"/holidaysFrom/region",schemaPath:"#/properties/holidaysFrom/properties/region/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$"},message:"must match pattern \""+"^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$"+"\"",schema:"^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$",parentSchema:schema7.properties.holidaysFrom.properties.region,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/holidaysFrom/region",schemaPath:"#/properties/holidaysFrom/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.holidaysFrom.properties.region.type,parentSchema:schema7.properties.holidaysFrom.properties.region,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid15 = _errs35 === errors;
}
}
else {
const err35 = {instancePath:instancePath+"/holidaysFrom",schemaPath:"#/properties/holidaysFrom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.properties.holidaysFrom.type,parentSchema:schema7.properties.holidaysFrom,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid0 = _errs30 === errors;
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate171.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema6.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("Calendar" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Calendar"},message:"must be equal to constant",schema:"Calendar",parentSchema:schema6.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate14(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate171.errors = vErrors;
return errors === 0;
}
validate171.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Party = validate174;
const schema12 = {"type":"object","description":"A customer, internal team or external supplier.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"Party","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/partySpec"}}};
const schema13 = {"type":"object","description":"A customer, team or supplier.","additionalProperties":false,"properties":{"type":{"enum":["customer","team","supplier"],"description":"What the party is."},"description":{"type":"string","description":"Free text."},"contact":{"type":"object","description":"Who to talk to.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Contact name."},"email":{"type":"string","description":"Contact e-mail."}}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "description")) || (key0 === "contact"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
const vSchema0 = schema13.properties.type.enum;
if(!(((data0 === "customer") || (data0 === "team")) || (data0 === "supplier"))){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema13.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.type.enum,parentSchema:schema13.properties.type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.description !== undefined){
let data1 = data.description;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.description.type,parentSchema:schema13.properties.description,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.contact !== undefined){
let data2 = data.contact;
const _errs5 = errors;
const _errs6 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
const _errs7 = errors;
for(const key1 in data2){
if(!((key1 === "name") || (key1 === "email"))){
const err3 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
const _errs8 = errors;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/contact/name",schemaPath:"#/properties/contact/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.contact.properties.name.type,parentSchema:schema13.properties.contact.properties.name,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid1 = _errs8 === errors;
}
if(data2.email !== undefined){
let data4 = data2.email;
const _errs10 = errors;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.contact.properties.email.type,parentSchema:schema13.properties.contact.properties.email,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs11 = errors;
var valid1 = _errs10 === errors;
}
}
else {
const err6 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.contact.type,parentSchema:schema13.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate174(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate174.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("Party" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Party"},message:"must be equal to constant",schema:"Party",parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate32(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate174.errors = vErrors;
return errors === 0;
}
validate174.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.SLA = validate177;
const schema14 = {"type":"object","description":"Service Level Agreement with a customer.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"SLA","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/agreementSpec"}}};
const schema15 = {"type":"object","description":"An agreement: service, parties, term, review cycle and targets.","required":["service","provider","customer","term","targets"],"additionalProperties":false,"properties":{"service":{"$ref":"#/$defs/name","description":"The Service this agreement is about."},"provider":{"$ref":"#/$defs/name","description":"The Party that commits (a team for an OLA, a supplier for a UC)."},"customer":{"$ref":"#/$defs/name","description":"The Party that receives the service (for OLA/UC: the internal consumer)."},"description":{"type":"string","description":"Free text shown in reports."},"extends":{"type":"array","description":"Templates (kind: Template) this agreement builds on, merged in order, then the agreement's own fields: mappings key by key, targets by name (an entry naming an inherited target overrides its fields; `remove: true` drops it), other lists replace (SPEC §21).","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/name","description":"The name of a Template."}},"term":{"type":"object","description":"When the agreement applies.","required":["start"],"additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/date","description":"First day of the agreement."},"end":{"$ref":"#/$defs/date","description":"Last day of the agreement; omit for open-ended."}}},"effective":{"$ref":"#/$defs/date","description":"The day these terms take effect (default: term.start). Reports judge each assessment window under the committed revision with the latest effective date on or before the window's start (SPEC §16)."},"review":{"type":"object","description":"The planned review cycle; the next review is due at last + every.","required":["every"],"additionalProperties":false,"properties":{"every":{"$ref":"#/$defs/calendarInterval","description":"Review interval."},"last":{"$ref":"#/$defs/date","description":"Date of the last review (default: the term start)."}}},"calendar":{"$ref":"#/$defs/name","description":"Default service hours of the targets (default 24x7)."},"timezone":{"$ref":"#/$defs/timezone","description":"The agreement's time zone: periods, assessment windows, which period a ticket was opened in, and local times in reports (default: the calendar's zone, else UTC; the built-in 24x7 takes this zone)."},"locale":{"$ref":"#/$defs/locale","description":"The language of this agreement's Markdown and HTML reports (words, numbers, dates, money) unless `slm report --locale` names one; default: reports.locale of slm.config.yaml, else en. JSON reports never change with it."},"fee":{"type":"object","description":"The fee service credits are computed from.","required":["amount","currency"],"additionalProperties":false,"properties":{"amount":{"type":"number","minimum":0,"description":"Amount per `per`."},"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code."},"per":{"enum":["month","quarter","year"],"description":"Fee period (default month)."}}},"creditCap":{"$ref":"#/$defs/percentage","description":"Cap on credits per window, as a share of the fee (default 100%)."},"contract":{"type":"object","description":"Contract details, mostly for UCs.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Contract reference."},"noticePeriod":{"$ref":"#/$defs/calendarInterval","description":"Notice needed before the term end."},"autoRenew":{"type":"boolean","description":"Whether the contract renews itself."},"claimWithin":{"$ref":"#/$defs/calendarInterval","description":"UC: how long after an assessment window's last day a service credit may be claimed (the claim deadline of `slm credits`)."}}},"severity":{"type":"object","description":"Breach severity by error budget consumed: up to minor → minor, up to major → major, else critical.","additionalProperties":false,"properties":{"minor":{"$ref":"#/$defs/budgetPercentage","description":"Upper bound of a minor breach (default 150%)."},"major":{"$ref":"#/$defs/budgetPercentage","description":"Upper bound of a major breach (default 300%)."}}},"scope":{"type":"object","description":"Whose rows count: applies to every target whose source maps the dimension (others are measured for the whole service).","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","array"],"description":"The accepted value, or a list of accepted values.","minItems":1,"items":{"type":["string","number"],"description":"An accepted value."}}},"workload":{"type":"array","description":"Workload characteristics agreed with the targets (SPEC §15).","items":{"$ref":"#/$defs/workloadLimit"}},"targets":{"type":"array","description":"The service level targets.","minItems":1,"items":{"$ref":"#/$defs/target"}}}};
const func15 = Object.prototype.hasOwnProperty;
const schema16 = {"type":"string","description":"A calendar interval: 1y, 6mo, 90d, 2w, or ISO 8601 (P1Y, P6M).","slmValue":"calendar-interval"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("calendar-interval", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "calendar-interval"},message:problem0,schema:"calendar-interval",parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema17 = {"enum":["en","de","zh-CN"],"description":"A report language: en (English), de (German) or zh-CN (Simplified Chinese)."};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const vSchema0 = schema17.enum;
if(!(((data === "en") || (data === "de")) || (data === "zh-CN"))){
const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema18 = {"type":["number","string"],"description":"A percentage: 99.9% or a number 0–100 (99.9).","slmValue":"percentage"};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!((typeof data == "number") && (isFinite(data)))) && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema18.type},message:"must be number,string",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("percentage", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "percentage"},message:problem0,schema:"percentage",parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema19 = {"type":["number","string"],"description":"A share of the error budget; may exceed 100% (150% = one and a half budgets).","slmValue":"percentage-over-100"};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!((typeof data == "number") && (isFinite(data)))) && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema19.type},message:"must be number,string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("percentage-over-100", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "percentage-over-100"},message:problem0,schema:"percentage-over-100",parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema20 = {"type":"object","description":"A workload characteristic agreed with the targets (ISO/IEC 20000-1 8.3.3): the demand the provider commits to serve per window. A target bound to it (`workload: NAME`) is excused in a window where it was exceeded.","required":["name","measure","max"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Unique within the agreement; targets name it in `workload`."},"measure":{"enum":["tickets","requests"],"description":"tickets: tickets opened in the window, in the agreement's scope; requests: Σ total of a metrics source's rows of the service."},"priority":{"type":["string","integer"],"description":"tickets only: count only tickets of this priority."},"metric":{"type":"string","minLength":1,"description":"requests only: count only the rows whose metric column has this value (default: every row of the service)."},"max":{"type":"integer","minimum":0,"description":"The most tickets or requests per window the targets are agreed for; more exceeds it."},"per":{"enum":["month","quarter","year"],"description":"The window the limit applies to (default month)."},"source":{"$ref":"#/$defs/name","description":"The DataSource counted (tickets: a tickets source, requests: a metrics source); default: the one source of that type serving the agreement's service."}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.measure === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measure"},message:"must have required property '"+"measure"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.max === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "measure")) || (key0 === "priority")) || (key0 === "metric")) || (key0 === "max")) || (key0 === "per")) || (key0 === "source"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.measure !== undefined){
let data1 = data.measure;
const _errs3 = errors;
const vSchema0 = schema20.properties.measure.enum;
if(!((data1 === "tickets") || (data1 === "requests"))){
const err4 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/enum",keyword:"enum",params:{allowedValues: schema20.properties.measure.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.measure.enum,parentSchema:schema20.properties.measure,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.priority !== undefined){
let data2 = data.priority;
const _errs4 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
const err5 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema20.properties.priority.type},message:"must be string,integer",schema:schema20.properties.priority.type,parentSchema:schema20.properties.priority,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs5 = errors;
var valid0 = _errs4 === errors;
}
if(data.metric !== undefined){
let data3 = data.metric;
const _errs6 = errors;
const _errs7 = errors;
if(typeof data3 === "string"){
if(func0(data3) < 1){
const err6 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.metric,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.metric.type,parentSchema:schema20.properties.metric,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs6 === errors;
}
if(data.max !== undefined){
let data4 = data.max;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.properties.max.type,parentSchema:schema20.properties.max,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs9 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema20.properties.max,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid0 = _errs8 === errors;
}
if(data.per !== undefined){
let data5 = data.per;
const _errs10 = errors;
const vSchema1 = schema20.properties.per.enum;
if(!(((data5 === "month") || (data5 === "quarter")) || (data5 === "year"))){
const err10 = {instancePath:instancePath+"/per",schemaPath:"#/properties/per/enum",keyword:"enum",params:{allowedValues: schema20.properties.per.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.per.enum,parentSchema:schema20.properties.per,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.source !== undefined){
let data6 = data.source;
const _errs11 = errors;
if(!(validate4(data6, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs11 === errors;
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema21 = {"type":"object","description":"One service level target of an agreement.","required":["name","metric","objective"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Unique within the agreement."},"description":{"type":"string","description":"Free text shown in reports."},"metric":{"enum":["availability","response-time","resolution-time","recovery-time","latency","success-rate","satisfaction","freshness","threshold"],"description":"What is measured."},"objective":{"$ref":"#/$defs/percentage","description":"The level to meet: share of service time or of items."},"threshold":{"$ref":"#/$defs/threshold","description":"Per-item limit: a ticket or recovery clock (a duration, or business days such as 2bd), a latency, for satisfaction the lowest score that counts as satisfied (a number: a score equal to it is satisfied), or for freshness the age the data may reach (15m: fresh while the latest counting event is at most 15 minutes old). Required for time, latency, satisfaction and freshness metrics."},"field":{"type":"string","pattern":"^[a-z][a-zA-Z0-9]*$","description":"metric: threshold only: the numeric field each sample is compared with — a field of the source (latency; good, total) or a column it maps under this name."},"op":{"enum":["<=","<",">=",">"],"description":"metric: threshold only: how a sample must compare with the limit to meet it (default <=)."},"limit":{"$ref":"#/$defs/limit","description":"metric: threshold only: the limit, a number with an optional unit (ms, s, m, h; %; B, KB, MB, GB, TB, KiB, MiB, GiB, TiB). The column is taken in the limit's unit unless `unit` says otherwise."},"unit":{"enum":["ms","s","m","h","%","B","KB","MB","GB","TB","KiB","MiB","GiB","TiB","number"],"description":"metric: threshold only: the unit of the column's numbers (default: the limit's unit; latency is ms). It must measure what the limit measures (a size, a duration, a percentage)."},"priority":{"type":["string","integer"],"description":"Ticket metrics only: count only tickets of this priority."},"window":{"enum":["month","quarter","year"],"description":"Assessment window (default month)."},"calendar":{"$ref":"#/$defs/name","description":"Service hours for this target; overrides the agreement's calendar."},"exclusions":{"type":"array","description":"Outages not held against the target.","items":{"enum":["planned"],"description":"planned: planned outages are excluded."},"uniqueItems":true},"source":{"$ref":"#/$defs/name","description":"The DataSource to measure from (default: the one whose type fits)."},"components":{"type":"boolean","description":"Availability only: outages recorded against the service's components (dependsOn, transitively; a series component down takes the service down, an anyOf group only while all its members are down) count as the service's downtime (default false)."},"credits":{"type":"array","description":"Service credit schedule, tiers with strictly decreasing `below`.","items":{"$ref":"#/$defs/creditTier"}},"where":{"type":"object","description":"Only rows whose dimension values match count for this target (every key must match; a list accepts any of its values). Each key must be mapped by the target's source.","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","array"],"description":"The accepted value, or a list of accepted values.","minItems":1,"items":{"type":["string","number"],"description":"An accepted value."}}},"workload":{"$ref":"#/$defs/name","description":"The agreement's workload limit this target is agreed under: in an assessment window where the limit was exceeded the target is excused (no breach, no credit)."},"supports":{"type":"array","description":"OLA/UC only: the SLA targets this target underpins, as <sla-name>/<target-name>.","items":{"type":"string","description":"<sla-name>/<target-name>","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"uniqueItems":true}}};
const schema22 = {"type":["string","number"],"description":"A threshold: a duration (30s, 15m, 4h, 1h30m, 2d, 500ms, PT15M), business days (3bd: until the same time of day on the 3rd following service day), or a survey score (a number, satisfaction only).","slmValue":"threshold"};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema22.type},message:"must be string,number",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("threshold", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "threshold"},message:problem0,schema:"threshold",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":["number","string"],"description":"A number with an optional unit: ms, s, m, h; %; B, KB, MB, GB, TB (decimal), KiB, MiB, GiB, TiB (binary).","slmValue":"limit"};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!((typeof data == "number") && (isFinite(data)))) && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema23.type},message:"must be number,string",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("limit", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "limit"},message:problem0,schema:"limit",parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema24 = {"type":"object","description":"One tier of the service credit schedule: when the value is strictly below `below`, `credit` of the fee is owed.","required":["below","credit"],"additionalProperties":false,"properties":{"below":{"$ref":"#/$defs/percentage","description":"The tier applies when the measured value is strictly below this."},"credit":{"$ref":"#/$defs/percentage","description":"Credit as a share of the fee."}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.below === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "below"},message:"must have required property '"+"below"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.credit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credit"},message:"must have required property '"+"credit"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "below") || (key0 === "credit"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.below !== undefined){
let data0 = data.below;
const _errs2 = errors;
if(!(validate52(data0, {instancePath:instancePath+"/below",parentData:data,parentDataProperty:"below",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.credit !== undefined){
let data1 = data.credit;
const _errs3 = errors;
if(!(validate52(data1, {instancePath:instancePath+"/credit",parentData:data,parentDataProperty:"credit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs3 === errors;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^[a-z][a-zA-Z0-9]*$", "u");
const pattern7 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metric === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.objective === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "objective"},message:"must have required property '"+"objective"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func15.call(schema21.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.description !== undefined){
let data1 = data.description;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.description.type,parentSchema:schema21.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.metric !== undefined){
let data2 = data.metric;
const _errs5 = errors;
const vSchema0 = schema21.properties.metric.enum;
if(!(((((((((data2 === "availability") || (data2 === "response-time")) || (data2 === "resolution-time")) || (data2 === "recovery-time")) || (data2 === "latency")) || (data2 === "success-rate")) || (data2 === "satisfaction")) || (data2 === "freshness")) || (data2 === "threshold"))){
const err5 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema21.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.metric.enum,parentSchema:schema21.properties.metric,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.objective !== undefined){
let data3 = data.objective;
const _errs6 = errors;
if(!(validate52(data3, {instancePath:instancePath+"/objective",parentData:data,parentDataProperty:"objective",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs6 === errors;
}
if(data.threshold !== undefined){
let data4 = data.threshold;
const _errs7 = errors;
if(!(validate66(data4, {instancePath:instancePath+"/threshold",parentData:data,parentDataProperty:"threshold",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs7 === errors;
}
if(data.field !== undefined){
let data5 = data.field;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err6 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema21.properties.field,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.field.type,parentSchema:schema21.properties.field,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs8 === errors;
}
if(data.op !== undefined){
let data6 = data.op;
const _errs10 = errors;
const vSchema1 = schema21.properties.op.enum;
if(!((((data6 === "<=") || (data6 === "<")) || (data6 === ">=")) || (data6 === ">"))){
const err8 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema21.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.op.enum,parentSchema:schema21.properties.op,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.limit !== undefined){
let data7 = data.limit;
const _errs11 = errors;
if(!(validate68(data7, {instancePath:instancePath+"/limit",parentData:data,parentDataProperty:"limit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs11 === errors;
}
if(data.unit !== undefined){
let data8 = data.unit;
const _errs12 = errors;
const vSchema2 = schema21.properties.unit.enum;
if(!(((((((((((((((data8 === "ms") || (data8 === "s")) || (data8 === "m")) || (data8 === "h")) || (data8 === "%")) || (data8 === "B")) || (data8 === "KB")) || (data8 === "MB")) || (data8 === "GB")) || (data8 === "TB")) || (data8 === "KiB")) || (data8 === "MiB")) || (data8 === "GiB")) || (data8 === "TiB")) || (data8 === "number"))){
const err9 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema21.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.unit.enum,parentSchema:schema21.properties.unit,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs12 === errors;
}
if(data.priority !== undefined){
let data9 = data.priority;
const _errs13 = errors;
if((typeof data9 !== "string") && (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9))))){
const err10 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema21.properties.priority.type},message:"must be string,integer",schema:schema21.properties.priority.type,parentSchema:schema21.properties.priority,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs14 = errors;
var valid0 = _errs13 === errors;
}
if(data.window !== undefined){
let data10 = data.window;
const _errs15 = errors;
const vSchema3 = schema21.properties.window.enum;
if(!(((data10 === "month") || (data10 === "quarter")) || (data10 === "year"))){
const err11 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/enum",keyword:"enum",params:{allowedValues: schema21.properties.window.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.window.enum,parentSchema:schema21.properties.window,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs15 === errors;
}
if(data.calendar !== undefined){
let data11 = data.calendar;
const _errs16 = errors;
if(!(validate4(data11, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs16 === errors;
}
if(data.exclusions !== undefined){
let data12 = data.exclusions;
const _errs17 = errors;
const _errs18 = errors;
if(Array.isArray(data12)){
let valid2 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs19 = errors;
const vSchema4 = schema21.properties.exclusions.items.enum;
if(!(data13 === "planned")){
const err12 = {instancePath:instancePath+"/exclusions/" + i0,schemaPath:"#/properties/exclusions/items/enum",keyword:"enum",params:{allowedValues: schema21.properties.exclusions.items.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.exclusions.items.enum,parentSchema:schema21.properties.exclusions.items,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid1 = _errs19 === errors;
if(!valid1){
valid2 = false;
}
}
let valid3;
let i1 = data12.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func7(data12[i1], data12[j0])){
const err13 = {instancePath:instancePath+"/exclusions",schemaPath:"#/properties/exclusions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema21.properties.exclusions,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/exclusions",schemaPath:"#/properties/exclusions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.exclusions.type,parentSchema:schema21.properties.exclusions,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs17 === errors;
}
if(data.source !== undefined){
let data14 = data.source;
const _errs20 = errors;
if(!(validate4(data14, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs20 === errors;
}
if(data.components !== undefined){
let data15 = data.components;
const _errs21 = errors;
if(typeof data15 !== "boolean"){
const err15 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.components.type,parentSchema:schema21.properties.components,data:data15};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs22 = errors;
var valid0 = _errs21 === errors;
}
if(data.credits !== undefined){
let data16 = data.credits;
const _errs23 = errors;
const _errs24 = errors;
if(Array.isArray(data16)){
let valid5 = true;
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
const _errs25 = errors;
if(!(validate72(data17, {instancePath:instancePath+"/credits/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs25 === errors;
if(!valid4){
valid5 = false;
}
}
}
else {
const err16 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.credits.type,parentSchema:schema21.properties.credits,data:data16};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid0 = _errs23 === errors;
}
if(data.where !== undefined){
let data18 = data.where;
const _errs26 = errors;
const _errs27 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key1 in data18){
const _errs28 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err17 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema21.properties.where.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid6 = _errs28 === errors;
if(!valid6){
const err18 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema21.properties.where.propertyNames,parentSchema:schema21.properties.where,data:data18};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const _errs29 = errors;
for(const key2 in data18){
let data19 = data18[key2];
const _errs30 = errors;
if(((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))) && (!(Array.isArray(data19)))){
const err19 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/type",keyword:"type",params:{type: schema21.properties.where.additionalProperties.type},message:"must be string,number,array",schema:schema21.properties.where.additionalProperties.type,parentSchema:schema21.properties.where.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs31 = errors;
if(Array.isArray(data19)){
if(data19.length < 1){
const err20 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.where.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let valid9 = true;
const len2 = data19.length;
for(let i3=0; i3<len2; i3++){
let data20 = data19[i3];
const _errs32 = errors;
if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){
const err21 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/where/additionalProperties/items/type",keyword:"type",params:{type: schema21.properties.where.additionalProperties.items.type},message:"must be string,number",schema:schema21.properties.where.additionalProperties.items.type,parentSchema:schema21.properties.where.additionalProperties.items,data:data20};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs33 = errors;
var valid8 = _errs32 === errors;
if(!valid8){
valid9 = false;
}
}
}
var valid7 = _errs30 === errors;
}
}
else {
const err22 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.where.type,parentSchema:schema21.properties.where,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid0 = _errs26 === errors;
}
if(data.workload !== undefined){
let data21 = data.workload;
const _errs34 = errors;
if(!(validate4(data21, {instancePath:instancePath+"/workload",parentData:data,parentDataProperty:"workload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs34 === errors;
}
if(data.supports !== undefined){
let data22 = data.supports;
const _errs35 = errors;
const _errs36 = errors;
if(Array.isArray(data22)){
let valid11 = true;
const len3 = data22.length;
for(let i4=0; i4<len3; i4++){
let data23 = data22[i4];
const _errs37 = errors;
const _errs38 = errors;
if(typeof data23 === "string"){
if(!pattern7.test(data23)){
const err23 = {instancePath:instancePath+"/supports/" + i4,schemaPath:"#/properties/supports/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",parentSchema:schema21.properties.supports.items,data:data23};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/supports/" + i4,schemaPath:"#/properties/supports/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.supports.items.type,parentSchema:schema21.properties.supports.items,data:data23};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid10 = _errs37 === errors;
if(!valid10){
valid11 = false;
}
}
let valid12;
let i5 = data22.length;
let j1;
valid12 = true;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data22[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err25 = {instancePath:instancePath+"/supports",schemaPath:"#/properties/supports/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema21.properties.supports,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
valid12 = false;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err26 = {instancePath:instancePath+"/supports",schemaPath:"#/properties/supports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.supports.type,parentSchema:schema21.properties.supports,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid0 = _errs35 === errors;
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern3 = new RegExp("^[A-Z]{3}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.provider === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.customer === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customer"},message:"must have required property '"+"customer"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.term === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.targets === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func15.call(schema15.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.service !== undefined){
let data0 = data.service;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.provider !== undefined){
let data1 = data.provider;
const _errs3 = errors;
if(!(validate4(data1, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs3 === errors;
}
if(data.customer !== undefined){
let data2 = data.customer;
const _errs4 = errors;
if(!(validate4(data2, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.description !== undefined){
let data3 = data.description;
const _errs5 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.description.type,parentSchema:schema15.properties.description,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs6 = errors;
var valid0 = _errs5 === errors;
}
if(data.extends !== undefined){
let data4 = data.extends;
const _errs7 = errors;
const _errs8 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties.extends,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs9 = errors;
if(!(validate4(data5, {instancePath:instancePath+"/extends/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs9 === errors;
if(!valid1){
valid2 = false;
}
}
let valid3;
let i1 = data4.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func7(data4[i1], data4[j0])){
const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema15.properties.extends,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.extends.type,parentSchema:schema15.properties.extends,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.term !== undefined){
let data6 = data.term;
const _errs10 = errors;
const _errs11 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err10 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema15.properties.term.required,parentSchema:schema15.properties.term,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs12 = errors;
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err11 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.term,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
const _errs13 = errors;
if(!(validate21(data7, {instancePath:instancePath+"/term/start",parentData:data6,parentDataProperty:"start",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs13 === errors;
}
if(data6.end !== undefined){
let data8 = data6.end;
const _errs14 = errors;
if(!(validate21(data8, {instancePath:instancePath+"/term/end",parentData:data6,parentDataProperty:"end",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs14 === errors;
}
}
else {
const err12 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.term.type,parentSchema:schema15.properties.term,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.effective !== undefined){
let data9 = data.effective;
const _errs15 = errors;
if(!(validate21(data9, {instancePath:instancePath+"/effective",parentData:data,parentDataProperty:"effective",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs15 === errors;
}
if(data.review !== undefined){
let data10 = data.review;
const _errs16 = errors;
const _errs17 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.every === undefined){
const err13 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema15.properties.review.required,parentSchema:schema15.properties.review,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs18 = errors;
for(const key2 in data10){
if(!((key2 === "every") || (key2 === "last"))){
const err14 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.review,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.every !== undefined){
let data11 = data10.every;
const _errs19 = errors;
if(!(validate45(data11, {instancePath:instancePath+"/review/every",parentData:data10,parentDataProperty:"every",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid5 = _errs19 === errors;
}
if(data10.last !== undefined){
let data12 = data10.last;
const _errs20 = errors;
if(!(validate21(data12, {instancePath:instancePath+"/review/last",parentData:data10,parentDataProperty:"last",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid5 = _errs20 === errors;
}
}
else {
const err15 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.review.type,parentSchema:schema15.properties.review,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid0 = _errs16 === errors;
}
if(data.calendar !== undefined){
let data13 = data.calendar;
const _errs21 = errors;
if(!(validate4(data13, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs21 === errors;
}
if(data.timezone !== undefined){
let data14 = data.timezone;
const _errs22 = errors;
if(!(validate15(data14, {instancePath:instancePath+"/timezone",parentData:data,parentDataProperty:"timezone",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs22 === errors;
}
if(data.locale !== undefined){
let data15 = data.locale;
const _errs23 = errors;
if(!(validate50(data15, {instancePath:instancePath+"/locale",parentData:data,parentDataProperty:"locale",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs23 === errors;
}
if(data.fee !== undefined){
let data16 = data.fee;
const _errs24 = errors;
const _errs25 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.amount === undefined){
const err16 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema15.properties.fee.required,parentSchema:schema15.properties.fee,data:data16};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data16.currency === undefined){
const err17 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'",schema:schema15.properties.fee.required,parentSchema:schema15.properties.fee,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs26 = errors;
for(const key3 in data16){
if(!(((key3 === "amount") || (key3 === "currency")) || (key3 === "per"))){
const err18 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.fee,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data16.amount !== undefined){
let data17 = data16.amount;
const _errs27 = errors;
const _errs28 = errors;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err19 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.fee.properties.amount,data:data17};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.fee.properties.amount.type,parentSchema:schema15.properties.fee.properties.amount,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid6 = _errs27 === errors;
}
if(data16.currency !== undefined){
let data18 = data16.currency;
const _errs29 = errors;
const _errs30 = errors;
if(typeof data18 === "string"){
if(!pattern3.test(data18)){
const err21 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema15.properties.fee.properties.currency,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.fee.properties.currency.type,parentSchema:schema15.properties.fee.properties.currency,data:data18};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid6 = _errs29 === errors;
}
if(data16.per !== undefined){
let data19 = data16.per;
const _errs31 = errors;
const vSchema0 = schema15.properties.fee.properties.per.enum;
if(!(((data19 === "month") || (data19 === "quarter")) || (data19 === "year"))){
const err23 = {instancePath:instancePath+"/fee/per",schemaPath:"#/properties/fee/properties/per/enum",keyword:"enum",params:{allowedValues: schema15.properties.fee.properties.per.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.fee.properties.per.enum,parentSchema:schema15.properties.fee.properties.per,data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid6 = _errs31 === errors;
}
}
else {
const err24 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.fee.type,parentSchema:schema15.properties.fee,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid0 = _errs24 === errors;
}
if(data.creditCap !== undefined){
let data20 = data.creditCap;
const _errs32 = errors;
if(!(validate52(data20, {instancePath:instancePath+"/creditCap",parentData:data,parentDataProperty:"creditCap",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs32 === errors;
}
if(data.contract !== undefined){
let data21 = data.contract;
const _errs33 = errors;
const _errs34 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
const _errs35 = errors;
for(const key4 in data21){
if(!((((key4 === "reference") || (key4 === "noticePeriod")) || (key4 === "autoRenew")) || (key4 === "claimWithin"))){
const err25 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.contract,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data21.reference !== undefined){
let data22 = data21.reference;
const _errs36 = errors;
if(typeof data22 !== "string"){
const err26 = {instancePath:instancePath+"/contract/reference",schemaPath:"#/properties/contract/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.contract.properties.reference.type,parentSchema:schema15.properties.contract.properties.reference,data:data22};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs37 = errors;
var valid7 = _errs36 === errors;
}
if(data21.noticePeriod !== undefined){
let data23 = data21.noticePeriod;
const _errs38 = errors;
if(!(validate45(data23, {instancePath:instancePath+"/contract/noticePeriod",parentData:data21,parentDataProperty:"noticePeriod",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs38 === errors;
}
if(data21.autoRenew !== undefined){
let data24 = data21.autoRenew;
const _errs39 = errors;
if(typeof data24 !== "boolean"){
const err27 = {instancePath:instancePath+"/contract/autoRenew",schemaPath:"#/properties/contract/properties/autoRenew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.properties.contract.properties.autoRenew.type,parentSchema:schema15.properties.contract.properties.autoRenew,data:data24};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs40 = errors;
var valid7 = _errs39 === errors;
}
if(data21.claimWithin !== undefined){
let data25 = data21.claimWithin;
const _errs41 = errors;
if(!(validate45(data25, {instancePath:instancePath+"/contract/claimWithin",parentData:data21,parentDataProperty:"claimWithin",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs41 === errors;
}
}
else {
const err28 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.contract.type,parentSchema:schema15.properties.contract,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid0 = _errs33 === errors;
}
if(data.severity !== undefined){
let data26 = data.severity;
const _errs42 = errors;
const _errs43 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
const _errs44 = errors;
for(const key5 in data26){
if(!((key5 === "minor") || (key5 === "major"))){
const err29 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema15.properties.severity,data:data26};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data26.minor !== undefined){
let data27 = data26.minor;
const _errs45 = errors;
if(!(validate56(data27, {instancePath:instancePath+"/severity/minor",parentData:data26,parentDataProperty:"minor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs45 === errors;
}
if(data26.major !== undefined){
let data28 = data26.major;
const _errs46 = errors;
if(!(validate56(data28, {instancePath:instancePath+"/severity/major",parentData:data26,parentDataProperty:"major",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs46 === errors;
}
}
else {
const err30 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.severity.type,parentSchema:schema15.properties.severity,data:data26};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid0 = _errs42 === errors;
}
if(data.scope !== undefined){
let data29 = data.scope;
const _errs47 = errors;
const _errs48 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key6 in data29){
const _errs49 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err31 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema15.properties.scope.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var valid9 = _errs49 === errors;
if(!valid9){
const err32 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema15.properties.scope.propertyNames,parentSchema:schema15.properties.scope,data:data29};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
const _errs50 = errors;
for(const key7 in data29){
let data30 = data29[key7];
const _errs51 = errors;
if(((typeof data30 !== "string") && (!((typeof data30 == "number") && (isFinite(data30))))) && (!(Array.isArray(data30)))){
const err33 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scope/additionalProperties/type",keyword:"type",params:{type: schema15.properties.scope.additionalProperties.type},message:"must be string,number,array",schema:schema15.properties.scope.additionalProperties.type,parentSchema:schema15.properties.scope.additionalProperties,data:data30};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const _errs52 = errors;
if(Array.isArray(data30)){
if(data30.length < 1){
const err34 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scope/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties.scope.additionalProperties,data:data30};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
let valid12 = true;
const len1 = data30.length;
for(let i2=0; i2<len1; i2++){
let data31 = data30[i2];
const _errs53 = errors;
if((typeof data31 !== "string") && (!((typeof data31 == "number") && (isFinite(data31))))){
const err35 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/scope/additionalProperties/items/type",keyword:"type",params:{type: schema15.properties.scope.additionalProperties.items.type},message:"must be string,number",schema:schema15.properties.scope.additionalProperties.items.type,parentSchema:schema15.properties.scope.additionalProperties.items,data:data31};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs54 = errors;
var valid11 = _errs53 === errors;
if(!valid11){
valid12 = false;
}
}
}
var valid10 = _errs51 === errors;
}
}
else {
const err36 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.scope.type,parentSchema:schema15.properties.scope,data:data29};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid0 = _errs47 === errors;
}
if(data.workload !== undefined){
let data32 = data.workload;
const _errs55 = errors;
const _errs56 = errors;
if(Array.isArray(data32)){
let valid14 = true;
const len2 = data32.length;
for(let i3=0; i3<len2; i3++){
let data33 = data32[i3];
const _errs57 = errors;
if(!(validate59(data33, {instancePath:instancePath+"/workload/" + i3,parentData:data32,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
else {
}
var valid13 = _errs57 === errors;
if(!valid13){
valid14 = false;
}
}
}
else {
const err37 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.workload.type,parentSchema:schema15.properties.workload,data:data32};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid0 = _errs55 === errors;
}
if(data.targets !== undefined){
let data34 = data.targets;
const _errs58 = errors;
const _errs59 = errors;
if(Array.isArray(data34)){
if(data34.length < 1){
const err38 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties.targets,data:data34};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
let valid16 = true;
const len3 = data34.length;
for(let i4=0; i4<len3; i4++){
let data35 = data34[i4];
const _errs60 = errors;
if(!(validate63(data35, {instancePath:instancePath+"/targets/" + i4,parentData:data34,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
else {
}
var valid15 = _errs60 === errors;
if(!valid15){
valid16 = false;
}
}
}
else {
const err39 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.targets.type,parentSchema:schema15.properties.targets,data:data34};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid0 = _errs58 === errors;
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema14.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("SLA" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SLA"},message:"must be equal to constant",schema:"SLA",parentSchema:schema14.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate37(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.OLA = validate180;
const schema25 = {"type":"object","description":"Operational Level Agreement with an internal team, underpinning SLAs.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"OLA","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/agreementSpec"}}};

function validate180(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate180.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema25.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("OLA" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "OLA"},message:"must be equal to constant",schema:"OLA",parentSchema:schema25.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate37(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate180.errors = vErrors;
return errors === 0;
}
validate180.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.UC = validate183;
const schema26 = {"type":"object","description":"Underpinning Contract with an external supplier, underpinning SLAs.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"UC","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/agreementSpec"}}};

function validate183(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate183.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema26.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("UC" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "UC"},message:"must be equal to constant",schema:"UC",parentSchema:schema26.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate37(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate183.errors = vErrors;
return errors === 0;
}
validate183.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.DataSource = validate186;
const schema27 = {"type":"object","description":"A measurement export (CSV) and how to read it.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"DataSource","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/dataSourceSpec"}}};
const schema28 = {"type":"object","description":"Where measurements come from and how to read the CSV export.","if":{"properties":{"preset":{"description":"A preset is given."}},"required":["preset"]},"else":{"properties":{"type":{"description":"Required without a preset."},"columns":{"description":"Required without a preset."}},"required":["type","columns"]},"additionalProperties":false,"properties":{"preset":{"enum":["servicenow-incidents","servicenow-event-log","jira-service-management","zendesk-tickets","pagerduty-incidents","uptimerobot","upptime"],"description":"Settings of a known export (columns, values, timestampFormat, missing, dedupe, encoding): the document's own keys win, columns and values merge field by field."},"type":{"enum":["tickets","outages","checks","metrics","surveys","events"],"description":"What the rows are (a preset implies it)."},"layout":{"enum":["tickets","events"],"description":"tickets: one row per ticket (default); events: one row per update of a ticket (maps state and updated; pauses and stops from states)."},"states":{"type":"object","description":"layout: events only: ticket states that pause the resolution clock, and states that stop it.","additionalProperties":false,"properties":{"paused":{"type":"array","description":"States in which the resolution clock is paused (e.g. Awaiting User Info).","items":{"type":["string","number"]}},"stopped":{"type":"array","description":"States that stop the clock: the stop is the start of the ticket's last run of them. Used only when resolved is not mapped.","items":{"type":["string","number"]}}}},"path":{"type":"string","minLength":1,"description":"Glob relative to the repository root (it may not leave the repository).","slmValue":"repository-path"},"encoding":{"type":"string","description":"Character encoding of the files, a WHATWG name (default utf-8): gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le, utf-16be…","slmValue":"encoding"},"header":{"type":"boolean","description":"Whether the first row holds the column names (default true); false: columns are 1-based positions."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"description":"Field delimiter (default ','): one ASCII character, not a quote or line break.","slmValue":"delimiter"},"timezone":{"$ref":"#/$defs/timezone","description":"Zone of timestamps without an offset (default UTC)."},"timestampFormat":{"$ref":"#/$defs/timestampFormat","description":"date-fns pattern of the timestamps (default ISO 8601)."},"locale":{"type":"string","minLength":2,"description":"Locale of month and day names in timestamps, a date-fns locale code (default en)."},"missing":{"type":"array","description":"Cell values meaning 'no value' (default [\"\"]).","items":{"type":"string"}},"dedupe":{"enum":["none","first","last"],"description":"Rows sharing an id: keep all, the first or the last."},"maxGap":{"$ref":"#/$defs/duration","description":"checks only: a longer silence between samples is unknown time."},"service":{"$ref":"#/$defs/name","description":"The single service this export concerns (instead of a service column)."},"constants":{"type":"object","description":"Fields set to the same value on every row (a service, a customer, a priority).","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","boolean"],"description":"The value."}},"where":{"type":"object","description":"Rows to read: a row whose mapped values do not match is not part of the export (not a skipped row).","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","array"],"description":"The accepted value, or a list of accepted values.","minItems":1,"items":{"type":["string","number"],"description":"An accepted value."}}},"columns":{"type":"object","description":"Field → column. Fields the type does not read are dimensions (customer, site…) for scope and where.","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$","description":"A field name: a lowercase letter, then letters and digits."},"properties":{"id":{"$ref":"#/$defs/column","description":"Header of the row id (tickets; outages and surveys optional)."},"service":{"$ref":"#/$defs/column","description":"Header of the service name (unless spec.service is set)."},"priority":{"$ref":"#/$defs/column","description":"tickets: header of the priority."},"opened":{"$ref":"#/$defs/column","description":"tickets: header of the opened timestamp."},"responded":{"$ref":"#/$defs/column","description":"tickets: header of the first response timestamp."},"resolved":{"$ref":"#/$defs/column","description":"tickets: header of the resolved timestamp."},"paused":{"$ref":"#/$defs/column","description":"tickets: header of the seconds the clock was stopped (not with layout: events)."},"state":{"$ref":"#/$defs/column","description":"tickets, layout: events: header of the ticket's state after the update."},"updated":{"$ref":"#/$defs/column","description":"tickets, layout: events: header of the update's timestamp."},"start":{"$ref":"#/$defs/column","description":"outages: header of the outage start."},"end":{"$ref":"#/$defs/column","description":"outages: header of the outage end (empty: still down)."},"planned":{"$ref":"#/$defs/column","description":"outages: header of the planned flag (true/false, yes/no, 1/0)."},"cause":{"$ref":"#/$defs/column","description":"outages: header of the cause."},"timestamp":{"$ref":"#/$defs/column","description":"checks, metrics, events: header of the sample, bucket start or event timestamp."},"status":{"$ref":"#/$defs/column","description":"checks: header of the up/down status; events: header of the run's outcome (only ok or success, after recoding, counts)."},"latency":{"$ref":"#/$defs/column","description":"checks: header of the latency in milliseconds."},"metric":{"$ref":"#/$defs/column","description":"metrics: header of the metric name."},"good":{"$ref":"#/$defs/column","description":"metrics: header of the good count."},"total":{"$ref":"#/$defs/column","description":"metrics: header of the total count."},"score":{"$ref":"#/$defs/column","description":"surveys: header of the response's score (a number)."},"ticket":{"$ref":"#/$defs/column","description":"surveys: header of the ticket the response is about (optional)."}},"additionalProperties":{"$ref":"#/$defs/column","description":"A dimension: its cells are text after missing and values."}},"warehouse":{"type":"object","description":"metrics only: the raw event table the metrics rows are aggregated from; `slm sql` prints the query (docs/warehouse.md).","additionalProperties":false,"required":["timestamp","good"],"properties":{"table":{"type":"string","minLength":1,"description":"The event table; dotted parts are quoted one by one (project.dataset.events). Not with engine: duckdb, which reads path."},"timestamp":{"type":"string","minLength":1,"description":"Column of the event instant (a timestamp in UTC, or with a zone)."},"service":{"type":"string","minLength":1,"description":"Column of the service name (required when columns maps service)."},"good":{"type":"string","minLength":1,"description":"A boolean SQL expression over the table's columns that is true for a good event (a probe up, a request served). Trusted SQL from the repository: one expression, no ; and no comments."},"latency":{"type":"string","minLength":1,"description":"Column of a latency in milliseconds, for latency targets."},"bucket":{"$ref":"#/$defs/duration","description":"Bucket length, whole seconds (default 5m); buckets are also cut at every service-hours edge."}}},"engine":{"enum":["duckdb"],"description":"duckdb: slm report runs the warehouse query itself on embedded DuckDB over the Parquet or CSV files of path (npm install @duckdb/node-api)."},"values":{"type":"object","description":"Recoding of cell values, per field: cell value → value.","additionalProperties":{"type":"object","description":"Cell value → value.","additionalProperties":{"type":["string","number","boolean"],"description":"Recoded value."}}}}};
const schema29 = {"type":"string","minLength":1,"description":"date-fns pattern of timestamps: yyyy yy M MM MMM MMMM d dd EEE H HH h hh a m mm s ss S… X x, or t / T for epoch seconds / milliseconds; 'quoted' literal text. yy is 2000 + yy.","slmValue":"timestamp-format"};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const problem0 = func2("timestamp-format", data);
if(problem0 !== undefined){
const err0 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "timestamp-format"},message:problem0,schema:"timestamp-format",parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema30 = {"type":"string","description":"A duration: 30s, 15m, 4h, 1h30m, 2d, 1w, 500ms, or ISO 8601 (PT15M, P1D).","slmValue":"duration"};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
const problem0 = func2("duration", data);
if(problem0 !== undefined){
const err1 = {instancePath,schemaPath:"#/slmValue",keyword:"slmValue",params:{kind: "duration"},message:problem0,schema:"duration",parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema31 = {"type":["string","integer","object"],"description":"Where a field's cell is: a header name; a 1-based column position (with header: false); { column, format } for a timestamp column written in its own format; or { after, column, unit } for a stop time given as a duration after a start.","minLength":1,"minimum":1,"required":["column"],"additionalProperties":false,"properties":{"column":{"type":["string","integer"],"minLength":1,"minimum":1,"description":"The header name or 1-based position of the cell."},"format":{"$ref":"#/$defs/timestampFormat","description":"date-fns pattern of this column's timestamps (overrides timestampFormat)."},"after":{"type":"string","description":"The field the duration counts from (opened for tickets, start for outages)."},"unit":{"enum":["ms","s","m","h"],"description":"Unit of the duration cell: ms, s, m or h (fractions allowed; empty = no stop yet)."}},"dependentRequired":{"after":["unit"],"unit":["after"]}};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(((typeof data !== "string") && (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data))))) && (!(data && typeof data == "object" && !Array.isArray(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema31.type},message:"must be string,integer,object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
if((typeof data == "number") && (isFinite(data))){
if(data < 1 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(typeof data === "string"){
if(func0(data) < 1){
const err2 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.column === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "column") || (key0 === "format")) || (key0 === "after")) || (key0 === "unit"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.column !== undefined){
let data0 = data.column;
const _errs2 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
const err5 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: schema31.properties.column.type},message:"must be string,integer",schema:schema31.properties.column.type,parentSchema:schema31.properties.column,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs3 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.column,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data0 === "string"){
if(func0(data0) < 1){
const err7 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.column,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid0 = _errs2 === errors;
}
if(data.format !== undefined){
let data1 = data.format;
const _errs4 = errors;
if(!(validate92(data1, {instancePath:instancePath+"/format",parentData:data,parentDataProperty:"format",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.after !== undefined){
let data2 = data.after;
const _errs5 = errors;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.after.type,parentSchema:schema31.properties.after,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs6 = errors;
var valid0 = _errs5 === errors;
}
if(data.unit !== undefined){
let data3 = data.unit;
const _errs7 = errors;
const vSchema0 = schema31.properties.unit.enum;
if(!((((data3 === "ms") || (data3 === "s")) || (data3 === "m")) || (data3 === "h"))){
const err9 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema31.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.unit.enum,parentSchema:schema31.properties.unit,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs7 === errors;
}
let missing0;
if(data.after !== undefined){
if(data.unit === undefined){
const err10 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "after",
    missingProperty: "unit",
    depsCount: 1,
    deps: "unit"},message:"must have property unit when property after is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.unit !== undefined){
if(data.after === undefined){
const err11 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "unit",
    missingProperty: "after",
    depsCount: 1,
    deps: "after"},message:"must have property after when property unit is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.preset === undefined) && (missing0 = "preset")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
}
}
if(errors === _errs2){
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema28.else.required,parentSchema:schema28.else,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.columns === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema28.else.required,parentSchema:schema28.else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.type = true;
props0.columns = true;
props0.preset = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema28.if,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs4 = errors;
for(const key0 in data){
if(!(func15.call(schema28.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.preset !== undefined){
let data0 = data.preset;
const _errs5 = errors;
const vSchema0 = schema28.properties.preset.enum;
if(!(((((((data0 === "servicenow-incidents") || (data0 === "servicenow-event-log")) || (data0 === "jira-service-management")) || (data0 === "zendesk-tickets")) || (data0 === "pagerduty-incidents")) || (data0 === "uptimerobot")) || (data0 === "upptime"))){
const err5 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/enum",keyword:"enum",params:{allowedValues: schema28.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.preset.enum,parentSchema:schema28.properties.preset,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs5 === errors;
}
if(data.type !== undefined){
let data1 = data.type;
const _errs6 = errors;
const vSchema1 = schema28.properties.type.enum;
if(!((((((data1 === "tickets") || (data1 === "outages")) || (data1 === "checks")) || (data1 === "metrics")) || (data1 === "surveys")) || (data1 === "events"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.type.enum,parentSchema:schema28.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs6 === errors;
}
if(data.layout !== undefined){
let data2 = data.layout;
const _errs7 = errors;
const vSchema2 = schema28.properties.layout.enum;
if(!((data2 === "tickets") || (data2 === "events"))){
const err7 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/enum",keyword:"enum",params:{allowedValues: schema28.properties.layout.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.layout.enum,parentSchema:schema28.properties.layout,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs7 === errors;
}
if(data.states !== undefined){
let data3 = data.states;
const _errs8 = errors;
const _errs9 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "paused") || (key1 === "stopped"))){
const err8 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.states,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.paused !== undefined){
let data4 = data3.paused;
const _errs11 = errors;
const _errs12 = errors;
if(Array.isArray(data4)){
let valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){
const err9 = {instancePath:instancePath+"/states/paused/" + i0,schemaPath:"#/properties/states/properties/paused/items/type",keyword:"type",params:{type: schema28.properties.states.properties.paused.items.type},message:"must be string,number",schema:schema28.properties.states.properties.paused.items.type,parentSchema:schema28.properties.states.properties.paused.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
var valid3 = _errs13 === errors;
if(!valid3){
valid4 = false;
}
}
}
else {
const err10 = {instancePath:instancePath+"/states/paused",schemaPath:"#/properties/states/properties/paused/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.states.properties.paused.type,parentSchema:schema28.properties.states.properties.paused,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid2 = _errs11 === errors;
}
if(data3.stopped !== undefined){
let data6 = data3.stopped;
const _errs15 = errors;
const _errs16 = errors;
if(Array.isArray(data6)){
let valid6 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs17 = errors;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))){
const err11 = {instancePath:instancePath+"/states/stopped/" + i1,schemaPath:"#/properties/states/properties/stopped/items/type",keyword:"type",params:{type: schema28.properties.states.properties.stopped.items.type},message:"must be string,number",schema:schema28.properties.states.properties.stopped.items.type,parentSchema:schema28.properties.states.properties.stopped.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs18 = errors;
var valid5 = _errs17 === errors;
if(!valid5){
valid6 = false;
}
}
}
else {
const err12 = {instancePath:instancePath+"/states/stopped",schemaPath:"#/properties/states/properties/stopped/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.states.properties.stopped.type,parentSchema:schema28.properties.states.properties.stopped,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid2 = _errs15 === errors;
}
}
else {
const err13 = {instancePath:instancePath+"/states",schemaPath:"#/properties/states/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.states.type,parentSchema:schema28.properties.states,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid1 = _errs8 === errors;
}
if(data.path !== undefined){
let data8 = data.path;
const _errs19 = errors;
const _errs20 = errors;
const problem0 = func2("repository-path", data8);
if(problem0 !== undefined){
const err14 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/slmValue",keyword:"slmValue",params:{kind: "repository-path"},message:problem0,schema:"repository-path",parentSchema:schema28.properties.path,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data8 === "string"){
if(func0(data8) < 1){
const err15 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.path,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.path.type,parentSchema:schema28.properties.path,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid1 = _errs19 === errors;
}
if(data.encoding !== undefined){
let data9 = data.encoding;
const _errs21 = errors;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.encoding.type,parentSchema:schema28.properties.encoding,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs22 = errors;
const problem1 = func2("encoding", data9);
if(problem1 !== undefined){
const err18 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/slmValue",keyword:"slmValue",params:{kind: "encoding"},message:problem1,schema:"encoding",parentSchema:schema28.properties.encoding,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid1 = _errs21 === errors;
}
if(data.header !== undefined){
let data10 = data.header;
const _errs23 = errors;
if(typeof data10 !== "boolean"){
const err19 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties.header.type,parentSchema:schema28.properties.header,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs24 = errors;
var valid1 = _errs23 === errors;
}
if(data.delimiter !== undefined){
let data11 = data.delimiter;
const _errs25 = errors;
const _errs26 = errors;
const problem2 = func2("delimiter", data11);
if(problem2 !== undefined){
const err20 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/slmValue",keyword:"slmValue",params:{kind: "delimiter"},message:problem2,schema:"delimiter",parentSchema:schema28.properties.delimiter,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data11 === "string"){
if(func0(data11) > 1){
const err21 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema28.properties.delimiter,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func0(data11) < 1){
const err22 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.delimiter,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.delimiter.type,parentSchema:schema28.properties.delimiter,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid1 = _errs25 === errors;
}
if(data.timezone !== undefined){
let data12 = data.timezone;
const _errs27 = errors;
if(!(validate15(data12, {instancePath:instancePath+"/timezone",parentData:data,parentDataProperty:"timezone",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs27 === errors;
}
if(data.timestampFormat !== undefined){
let data13 = data.timestampFormat;
const _errs28 = errors;
if(!(validate92(data13, {instancePath:instancePath+"/timestampFormat",parentData:data,parentDataProperty:"timestampFormat",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs28 === errors;
}
if(data.locale !== undefined){
let data14 = data.locale;
const _errs29 = errors;
const _errs30 = errors;
if(typeof data14 === "string"){
if(func0(data14) < 2){
const err24 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema28.properties.locale,data:data14};
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
const err25 = {instancePath:instancePath+"/locale",schemaPath:"#/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.locale.type,parentSchema:schema28.properties.locale,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid1 = _errs29 === errors;
}
if(data.missing !== undefined){
let data15 = data.missing;
const _errs31 = errors;
const _errs32 = errors;
if(Array.isArray(data15)){
let valid8 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
const _errs33 = errors;
if(typeof data16 !== "string"){
const err26 = {instancePath:instancePath+"/missing/" + i2,schemaPath:"#/properties/missing/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.missing.items.type,parentSchema:schema28.properties.missing.items,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs34 = errors;
var valid7 = _errs33 === errors;
if(!valid7){
valid8 = false;
}
}
}
else {
const err27 = {instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.missing.type,parentSchema:schema28.properties.missing,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid1 = _errs31 === errors;
}
if(data.dedupe !== undefined){
let data17 = data.dedupe;
const _errs35 = errors;
const vSchema3 = schema28.properties.dedupe.enum;
if(!(((data17 === "none") || (data17 === "first")) || (data17 === "last"))){
const err28 = {instancePath:instancePath+"/dedupe",schemaPath:"#/properties/dedupe/enum",keyword:"enum",params:{allowedValues: schema28.properties.dedupe.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.dedupe.enum,parentSchema:schema28.properties.dedupe,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid1 = _errs35 === errors;
}
if(data.maxGap !== undefined){
let data18 = data.maxGap;
const _errs36 = errors;
if(!(validate94(data18, {instancePath:instancePath+"/maxGap",parentData:data,parentDataProperty:"maxGap",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs36 === errors;
}
if(data.service !== undefined){
let data19 = data.service;
const _errs37 = errors;
if(!(validate4(data19, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs37 === errors;
}
if(data.constants !== undefined){
let data20 = data.constants;
const _errs38 = errors;
const _errs39 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
const _errs40 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err29 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema28.properties.constants.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid9 = _errs40 === errors;
if(!valid9){
const err30 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema28.properties.constants.propertyNames,parentSchema:schema28.properties.constants,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
const _errs41 = errors;
for(const key3 in data20){
let data21 = data20[key3];
const _errs42 = errors;
if(((typeof data21 !== "string") && (!((typeof data21 == "number") && (isFinite(data21))))) && (typeof data21 !== "boolean")){
const err31 = {instancePath:instancePath+"/constants/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/constants/additionalProperties/type",keyword:"type",params:{type: schema28.properties.constants.additionalProperties.type},message:"must be string,number,boolean",schema:schema28.properties.constants.additionalProperties.type,parentSchema:schema28.properties.constants.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs43 = errors;
var valid10 = _errs42 === errors;
}
}
else {
const err32 = {instancePath:instancePath+"/constants",schemaPath:"#/properties/constants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.constants.type,parentSchema:schema28.properties.constants,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid1 = _errs38 === errors;
}
if(data.where !== undefined){
let data22 = data.where;
const _errs44 = errors;
const _errs45 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
const _errs46 = errors;
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err33 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema28.properties.where.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid11 = _errs46 === errors;
if(!valid11){
const err34 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema28.properties.where.propertyNames,parentSchema:schema28.properties.where,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
const _errs47 = errors;
for(const key5 in data22){
let data23 = data22[key5];
const _errs48 = errors;
if(((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))) && (!(Array.isArray(data23)))){
const err35 = {instancePath:instancePath+"/where/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.type},message:"must be string,number,array",schema:schema28.properties.where.additionalProperties.type,parentSchema:schema28.properties.where.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs49 = errors;
if(Array.isArray(data23)){
if(data23.length < 1){
const err36 = {instancePath:instancePath+"/where/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties.where.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
let valid14 = true;
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
const _errs50 = errors;
if((typeof data24 !== "string") && (!((typeof data24 == "number") && (isFinite(data24))))){
const err37 = {instancePath:instancePath+"/where/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/where/additionalProperties/items/type",keyword:"type",params:{type: schema28.properties.where.additionalProperties.items.type},message:"must be string,number",schema:schema28.properties.where.additionalProperties.items.type,parentSchema:schema28.properties.where.additionalProperties.items,data:data24};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const _errs51 = errors;
var valid13 = _errs50 === errors;
if(!valid13){
valid14 = false;
}
}
}
var valid12 = _errs48 === errors;
}
}
else {
const err38 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.where.type,parentSchema:schema28.properties.where,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid1 = _errs44 === errors;
}
if(data.columns !== undefined){
let data25 = data.columns;
const _errs52 = errors;
const _errs53 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
const _errs54 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err39 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema28.properties.columns.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid15 = _errs54 === errors;
if(!valid15){
const err40 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema28.properties.columns.propertyNames,parentSchema:schema28.properties.columns,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
const _errs55 = errors;
for(const key7 in data25){
if(!(func15.call(schema28.properties.columns.properties, key7))){
let data26 = data25[key7];
const _errs56 = errors;
if(!(validate97(data26, {instancePath:instancePath+"/columns/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid16 = _errs56 === errors;
}
}
if(data25.id !== undefined){
let data27 = data25.id;
const _errs57 = errors;
if(!(validate97(data27, {instancePath:instancePath+"/columns/id",parentData:data25,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs57 === errors;
}
if(data25.service !== undefined){
let data28 = data25.service;
const _errs58 = errors;
if(!(validate97(data28, {instancePath:instancePath+"/columns/service",parentData:data25,parentDataProperty:"service",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs58 === errors;
}
if(data25.priority !== undefined){
let data29 = data25.priority;
const _errs59 = errors;
if(!(validate97(data29, {instancePath:instancePath+"/columns/priority",parentData:data25,parentDataProperty:"priority",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs59 === errors;
}
if(data25.opened !== undefined){
let data30 = data25.opened;
const _errs60 = errors;
if(!(validate97(data30, {instancePath:instancePath+"/columns/opened",parentData:data25,parentDataProperty:"opened",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs60 === errors;
}
if(data25.responded !== undefined){
let data31 = data25.responded;
const _errs61 = errors;
if(!(validate97(data31, {instancePath:instancePath+"/columns/responded",parentData:data25,parentDataProperty:"responded",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs61 === errors;
}
if(data25.resolved !== undefined){
let data32 = data25.resolved;
const _errs62 = errors;
if(!(validate97(data32, {instancePath:instancePath+"/columns/resolved",parentData:data25,parentDataProperty:"resolved",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs62 === errors;
}
if(data25.paused !== undefined){
let data33 = data25.paused;
const _errs63 = errors;
if(!(validate97(data33, {instancePath:instancePath+"/columns/paused",parentData:data25,parentDataProperty:"paused",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs63 === errors;
}
if(data25.state !== undefined){
let data34 = data25.state;
const _errs64 = errors;
if(!(validate97(data34, {instancePath:instancePath+"/columns/state",parentData:data25,parentDataProperty:"state",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs64 === errors;
}
if(data25.updated !== undefined){
let data35 = data25.updated;
const _errs65 = errors;
if(!(validate97(data35, {instancePath:instancePath+"/columns/updated",parentData:data25,parentDataProperty:"updated",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs65 === errors;
}
if(data25.start !== undefined){
let data36 = data25.start;
const _errs66 = errors;
if(!(validate97(data36, {instancePath:instancePath+"/columns/start",parentData:data25,parentDataProperty:"start",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs66 === errors;
}
if(data25.end !== undefined){
let data37 = data25.end;
const _errs67 = errors;
if(!(validate97(data37, {instancePath:instancePath+"/columns/end",parentData:data25,parentDataProperty:"end",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs67 === errors;
}
if(data25.planned !== undefined){
let data38 = data25.planned;
const _errs68 = errors;
if(!(validate97(data38, {instancePath:instancePath+"/columns/planned",parentData:data25,parentDataProperty:"planned",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs68 === errors;
}
if(data25.cause !== undefined){
let data39 = data25.cause;
const _errs69 = errors;
if(!(validate97(data39, {instancePath:instancePath+"/columns/cause",parentData:data25,parentDataProperty:"cause",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs69 === errors;
}
if(data25.timestamp !== undefined){
let data40 = data25.timestamp;
const _errs70 = errors;
if(!(validate97(data40, {instancePath:instancePath+"/columns/timestamp",parentData:data25,parentDataProperty:"timestamp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs70 === errors;
}
if(data25.status !== undefined){
let data41 = data25.status;
const _errs71 = errors;
if(!(validate97(data41, {instancePath:instancePath+"/columns/status",parentData:data25,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs71 === errors;
}
if(data25.latency !== undefined){
let data42 = data25.latency;
const _errs72 = errors;
if(!(validate97(data42, {instancePath:instancePath+"/columns/latency",parentData:data25,parentDataProperty:"latency",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs72 === errors;
}
if(data25.metric !== undefined){
let data43 = data25.metric;
const _errs73 = errors;
if(!(validate97(data43, {instancePath:instancePath+"/columns/metric",parentData:data25,parentDataProperty:"metric",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs73 === errors;
}
if(data25.good !== undefined){
let data44 = data25.good;
const _errs74 = errors;
if(!(validate97(data44, {instancePath:instancePath+"/columns/good",parentData:data25,parentDataProperty:"good",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs74 === errors;
}
if(data25.total !== undefined){
let data45 = data25.total;
const _errs75 = errors;
if(!(validate97(data45, {instancePath:instancePath+"/columns/total",parentData:data25,parentDataProperty:"total",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs75 === errors;
}
if(data25.score !== undefined){
let data46 = data25.score;
const _errs76 = errors;
if(!(validate97(data46, {instancePath:instancePath+"/columns/score",parentData:data25,parentDataProperty:"score",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs76 === errors;
}
if(data25.ticket !== undefined){
let data47 = data25.ticket;
const _errs77 = errors;
if(!(validate97(data47, {instancePath:instancePath+"/columns/ticket",parentData:data25,parentDataProperty:"ticket",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
else {
}
var valid17 = _errs77 === errors;
}
}
else {
const err41 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.columns.type,parentSchema:schema28.properties.columns,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid1 = _errs52 === errors;
}
if(data.warehouse !== undefined){
let data48 = data.warehouse;
const _errs78 = errors;
const _errs79 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.timestamp === undefined){
const err42 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema28.properties.warehouse.required,parentSchema:schema28.properties.warehouse,data:data48};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data48.good === undefined){
const err43 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/required",keyword:"required",params:{missingProperty: "good"},message:"must have required property '"+"good"+"'",schema:schema28.properties.warehouse.required,parentSchema:schema28.properties.warehouse,data:data48};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs80 = errors;
for(const key8 in data48){
if(!((((((key8 === "table") || (key8 === "timestamp")) || (key8 === "service")) || (key8 === "good")) || (key8 === "latency")) || (key8 === "bucket"))){
const err44 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.warehouse,data:data48};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data48.table !== undefined){
let data49 = data48.table;
const _errs81 = errors;
const _errs82 = errors;
if(typeof data49 === "string"){
if(func0(data49) < 1){
const err45 = {instancePath:instancePath+"/warehouse/table",schemaPath:"#/properties/warehouse/properties/table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.warehouse.properties.table,data:data49};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/warehouse/table",schemaPath:"#/properties/warehouse/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.warehouse.properties.table.type,parentSchema:schema28.properties.warehouse.properties.table,data:data49};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid18 = _errs81 === errors;
}
if(data48.timestamp !== undefined){
let data50 = data48.timestamp;
const _errs83 = errors;
const _errs84 = errors;
if(typeof data50 === "string"){
if(func0(data50) < 1){
const err47 = {instancePath:instancePath+"/warehouse/timestamp",schemaPath:"#/properties/warehouse/properties/timestamp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.warehouse.properties.timestamp,data:data50};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/warehouse/timestamp",schemaPath:"#/properties/warehouse/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.warehouse.properties.timestamp.type,parentSchema:schema28.properties.warehouse.properties.timestamp,data:data50};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid18 = _errs83 === errors;
}
if(data48.service !== undefined){
let data51 = data48.service;
const _errs85 = errors;
const _errs86 = errors;
if(typeof data51 === "string"){
if(func0(data51) < 1){
const err49 = {instancePath:instancePath+"/warehouse/service",schemaPath:"#/properties/warehouse/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.warehouse.properties.service,data:data51};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/warehouse/service",schemaPath:"#/properties/warehouse/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.warehouse.properties.service.type,parentSchema:schema28.properties.warehouse.properties.service,data:data51};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid18 = _errs85 === errors;
}
if(data48.good !== undefined){
let data52 = data48.good;
const _errs87 = errors;
const _errs88 = errors;
if(typeof data52 === "string"){
if(func0(data52) < 1){
const err51 = {instancePath:instancePath+"/warehouse/good",schemaPath:"#/properties/warehouse/properties/good/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.warehouse.properties.good,data:data52};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/warehouse/good",schemaPath:"#/properties/warehouse/properties/good/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.warehouse.properties.good.type,parentSchema:schema28.properties.warehouse.properties.good,data:data52};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid18 = _errs87 === errors;
}
if(data48.latency !== undefined){
let data53 = data48.latency;
const _errs89 = errors;
const _errs90 = errors;
if(typeof data53 === "string"){
if(func0(data53) < 1){
const err53 = {instancePath:instancePath+"/warehouse/latency",schemaPath:"#/properties/warehouse/properties/latency/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.warehouse.properties.latency,data:data53};
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
const err54 = {instancePath:instancePath+"/warehouse/latency",schemaPath:"#/properties/warehouse/properties/latency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.warehouse.properties.latency.type,parentSchema:schema28.properties.warehouse.properties.latency,data:data53};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid18 = _errs89 === errors;
}
if(data48.bucket !== undefined){
let data54 = data48.bucket;
const _errs91 = errors;
if(!(validate94(data54, {instancePath:instancePath+"/warehouse/bucket",parentData:data48,parentDataProperty:"bucket",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
else {
}
var valid18 = _errs91 === errors;
}
}
else {
const err55 = {instancePath:instancePath+"/warehouse",schemaPath:"#/properties/warehouse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.warehouse.type,parentSchema:schema28.properties.warehouse,data:data48};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid1 = _errs78 === errors;
}
if(data.engine !== undefined){
let data55 = data.engine;
const _errs92 = errors;
const vSchema4 = schema28.properties.engine.enum;
if(!(data55 === "duckdb")){
const err56 = {instancePath:instancePath+"/engine",schemaPath:"#/properties/engine/enum",keyword:"enum",params:{allowedValues: schema28.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.engine.enum,parentSchema:schema28.properties.engine,data:data55};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var valid1 = _errs92 === errors;
}
if(data.values !== undefined){
let data56 = data.values;
const _errs93 = errors;
const _errs94 = errors;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
const _errs95 = errors;
for(const key9 in data56){
let data57 = data56[key9];
const _errs96 = errors;
const _errs97 = errors;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
const _errs98 = errors;
for(const key10 in data57){
let data58 = data57[key10];
const _errs99 = errors;
if(((typeof data58 !== "string") && (!((typeof data58 == "number") && (isFinite(data58))))) && (typeof data58 !== "boolean")){
const err57 = {instancePath:instancePath+"/values/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/additionalProperties/additionalProperties/type",keyword:"type",params:{type: schema28.properties.values.additionalProperties.additionalProperties.type},message:"must be string,number,boolean",schema:schema28.properties.values.additionalProperties.additionalProperties.type,parentSchema:schema28.properties.values.additionalProperties.additionalProperties,data:data58};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const _errs100 = errors;
var valid20 = _errs99 === errors;
}
}
else {
const err58 = {instancePath:instancePath+"/values/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.values.additionalProperties.type,parentSchema:schema28.properties.values.additionalProperties,data:data57};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid19 = _errs96 === errors;
}
}
else {
const err59 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.values.type,parentSchema:schema28.properties.values,data:data56};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var valid1 = _errs93 === errors;
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate186.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema27.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("DataSource" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "DataSource"},message:"must be equal to constant",schema:"DataSource",parentSchema:schema27.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate90(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}
validate186.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Improvement = validate189;
const schema32 = {"type":"object","description":"An entry of the service improvement plan: a non-conformance's cause and the actions taken.","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"Improvement","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/improvementSpec"}}};
const schema33 = {"type":"object","description":"An entry of the service improvement plan's register: the cause of a non-conformance of one agreement and the actions taken (SPEC §15).","required":["agreement","raised"],"additionalProperties":false,"properties":{"agreement":{"type":"string","description":"The SLA, OLA or UC it is about, by name; prefix the kind (UC/fibrenet) when agreements of two kinds share the name.","slmValue":"agreement-ref"},"targets":{"type":"array","description":"The targets of the agreement it addresses; omit when it addresses all of them.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/name","description":"A target name of the agreement."}},"period":{"type":["string","integer"],"description":"The period of the non-conformance (2024-05, 2024-Q2, 2024 or a date range); omit when it is not about one period.","slmValue":"period"},"raised":{"$ref":"#/$defs/date","description":"The day the improvement was recorded."},"cause":{"type":"string","description":"The cause of the non-conformance, as analysed."},"owner":{"$ref":"#/$defs/name","description":"The Party responsible for the improvement."},"status":{"enum":["open","in-progress","done","cancelled"],"description":"open (default), in-progress, done or cancelled; open and in-progress count as open."},"description":{"type":"string","description":"Free text."},"actions":{"type":"array","description":"The actions taken or planned; an action due before today and not done is overdue.","items":{"type":"object","description":"One corrective or preventive action.","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string","minLength":1,"description":"What is to be done."},"owner":{"$ref":"#/$defs/name","description":"The Party that does it."},"due":{"$ref":"#/$defs/date","description":"When it is due."},"done":{"$ref":"#/$defs/date","description":"When it was done; omit while it is not."}}}}}};

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate126.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agreement === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agreement"},message:"must have required property '"+"agreement"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.raised === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "raised"},message:"must have required property '"+"raised"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func15.call(schema33.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.agreement !== undefined){
let data0 = data.agreement;
const _errs2 = errors;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/agreement",schemaPath:"#/properties/agreement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.agreement.type,parentSchema:schema33.properties.agreement,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs3 = errors;
const problem0 = func2("agreement-ref", data0);
if(problem0 !== undefined){
const err4 = {instancePath:instancePath+"/agreement",schemaPath:"#/properties/agreement/slmValue",keyword:"slmValue",params:{kind: "agreement-ref"},message:problem0,schema:"agreement-ref",parentSchema:schema33.properties.agreement,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.targets !== undefined){
let data1 = data.targets;
const _errs4 = errors;
const _errs5 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.targets,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(!(validate4(data2, {instancePath:instancePath+"/targets/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid1 = _errs6 === errors;
if(!valid1){
valid2 = false;
}
}
let valid3;
let i1 = data1.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func7(data1[i1], data1[j0])){
const err6 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema33.properties.targets,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.targets.type,parentSchema:schema33.properties.targets,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.period !== undefined){
let data3 = data.period;
const _errs7 = errors;
if((typeof data3 !== "string") && (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3))))){
const err8 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: schema33.properties.period.type},message:"must be string,integer",schema:schema33.properties.period.type,parentSchema:schema33.properties.period,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs8 = errors;
const problem1 = func2("period", data3);
if(problem1 !== undefined){
const err9 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/slmValue",keyword:"slmValue",params:{kind: "period"},message:problem1,schema:"period",parentSchema:schema33.properties.period,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs7 === errors;
}
if(data.raised !== undefined){
let data4 = data.raised;
const _errs9 = errors;
if(!(validate21(data4, {instancePath:instancePath+"/raised",parentData:data,parentDataProperty:"raised",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs9 === errors;
}
if(data.cause !== undefined){
let data5 = data.cause;
const _errs10 = errors;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.cause.type,parentSchema:schema33.properties.cause,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs11 = errors;
var valid0 = _errs10 === errors;
}
if(data.owner !== undefined){
let data6 = data.owner;
const _errs12 = errors;
if(!(validate4(data6, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs12 === errors;
}
if(data.status !== undefined){
let data7 = data.status;
const _errs13 = errors;
const vSchema0 = schema33.properties.status.enum;
if(!((((data7 === "open") || (data7 === "in-progress")) || (data7 === "done")) || (data7 === "cancelled"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.status.enum,parentSchema:schema33.properties.status,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid0 = _errs13 === errors;
}
if(data.description !== undefined){
let data8 = data.description;
const _errs14 = errors;
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.description.type,parentSchema:schema33.properties.description,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs15 = errors;
var valid0 = _errs14 === errors;
}
if(data.actions !== undefined){
let data9 = data.actions;
const _errs16 = errors;
const _errs17 = errors;
if(Array.isArray(data9)){
let valid5 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs18 = errors;
const _errs19 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.text === undefined){
const err13 = {instancePath:instancePath+"/actions/" + i2,schemaPath:"#/properties/actions/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema33.properties.actions.items.required,parentSchema:schema33.properties.actions.items,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs20 = errors;
for(const key1 in data10){
if(!((((key1 === "text") || (key1 === "owner")) || (key1 === "due")) || (key1 === "done"))){
const err14 = {instancePath:instancePath+"/actions/" + i2,schemaPath:"#/properties/actions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.actions.items,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.text !== undefined){
let data11 = data10.text;
const _errs21 = errors;
const _errs22 = errors;
if(typeof data11 === "string"){
if(func0(data11) < 1){
const err15 = {instancePath:instancePath+"/actions/" + i2+"/text",schemaPath:"#/properties/actions/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.actions.items.properties.text,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/actions/" + i2+"/text",schemaPath:"#/properties/actions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.actions.items.properties.text.type,parentSchema:schema33.properties.actions.items.properties.text,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs21 === errors;
}
if(data10.owner !== undefined){
let data12 = data10.owner;
const _errs23 = errors;
if(!(validate4(data12, {instancePath:instancePath+"/actions/" + i2+"/owner",parentData:data10,parentDataProperty:"owner",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs23 === errors;
}
if(data10.due !== undefined){
let data13 = data10.due;
const _errs24 = errors;
if(!(validate21(data13, {instancePath:instancePath+"/actions/" + i2+"/due",parentData:data10,parentDataProperty:"due",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs24 === errors;
}
if(data10.done !== undefined){
let data14 = data10.done;
const _errs25 = errors;
if(!(validate21(data14, {instancePath:instancePath+"/actions/" + i2+"/done",parentData:data10,parentDataProperty:"done",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid6 = _errs25 === errors;
}
}
else {
const err17 = {instancePath:instancePath+"/actions/" + i2,schemaPath:"#/properties/actions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.actions.items.type,parentSchema:schema33.properties.actions.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid4 = _errs18 === errors;
if(!valid4){
valid5 = false;
}
}
}
else {
const err18 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.actions.type,parentSchema:schema33.properties.actions,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid0 = _errs16 === errors;
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}
validate126.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate189.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema32.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("Improvement" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Improvement"},message:"must be equal to constant",schema:"Improvement",parentSchema:schema32.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate126(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate189.errors = vErrors;
return errors === 0;
}
validate189.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.Template = validate192;
const schema34 = {"type":"object","description":"A service level package: the shared part of agreements (a tier, a corporate level) that SLAs, OLAs and UCs extend (SPEC §21).","required":["apiVersion","kind","metadata","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"slm/v1","description":"Version of the slm document format."},"kind":{"const":"Template","description":"The kind of document."},"metadata":{"$ref":"#/$defs/metadata"},"spec":{"$ref":"#/$defs/templateSpec"}}};
const schema35 = {"type":"object","description":"The shared part of agreements: any agreement field (all optional here; the agreement that extends it must end up complete), plus the kinds that may extend it.","additionalProperties":false,"properties":{"applies":{"type":"array","description":"The kinds that may extend this template (default SLA, OLA, UC).","minItems":1,"uniqueItems":true,"items":{"enum":["SLA","OLA","UC"],"description":"An agreement kind."}},"service":{"$ref":"#/$defs/name","description":"The Service this agreement is about."},"provider":{"$ref":"#/$defs/name","description":"The Party that commits (a team for an OLA, a supplier for a UC)."},"customer":{"$ref":"#/$defs/name","description":"The Party that receives the service (for OLA/UC: the internal consumer)."},"description":{"type":"string","description":"Free text shown in reports."},"extends":{"type":"array","description":"Templates this template builds on, merged in order before its own fields.","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/name","description":"The name of a Template."}},"term":{"type":"object","description":"When the agreement applies.","additionalProperties":false,"properties":{"start":{"$ref":"#/$defs/date","description":"First day of the agreement."},"end":{"$ref":"#/$defs/date","description":"Last day of the agreement; omit for open-ended."}}},"effective":{"$ref":"#/$defs/date","description":"The day these terms take effect (default: term.start). Reports judge each assessment window under the committed revision with the latest effective date on or before the window's start (SPEC §16)."},"review":{"type":"object","description":"The planned review cycle; the next review is due at last + every.","additionalProperties":false,"properties":{"every":{"$ref":"#/$defs/calendarInterval","description":"Review interval."},"last":{"$ref":"#/$defs/date","description":"Date of the last review (default: the term start)."}}},"calendar":{"$ref":"#/$defs/name","description":"Default service hours of the targets (default 24x7)."},"timezone":{"$ref":"#/$defs/timezone","description":"The agreement's time zone: periods, assessment windows, which period a ticket was opened in, and local times in reports (default: the calendar's zone, else UTC; the built-in 24x7 takes this zone)."},"locale":{"$ref":"#/$defs/locale","description":"The language of this agreement's Markdown and HTML reports (words, numbers, dates, money) unless `slm report --locale` names one; default: reports.locale of slm.config.yaml, else en. JSON reports never change with it."},"fee":{"type":"object","description":"The fee service credits are computed from.","additionalProperties":false,"properties":{"amount":{"type":"number","minimum":0,"description":"Amount per `per`."},"currency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code."},"per":{"enum":["month","quarter","year"],"description":"Fee period (default month)."}}},"creditCap":{"$ref":"#/$defs/percentage","description":"Cap on credits per window, as a share of the fee (default 100%)."},"contract":{"type":"object","description":"Contract details, mostly for UCs.","additionalProperties":false,"properties":{"reference":{"type":"string","description":"Contract reference."},"noticePeriod":{"$ref":"#/$defs/calendarInterval","description":"Notice needed before the term end."},"autoRenew":{"type":"boolean","description":"Whether the contract renews itself."},"claimWithin":{"$ref":"#/$defs/calendarInterval","description":"UC: how long after an assessment window's last day a service credit may be claimed (the claim deadline of `slm credits`)."}}},"severity":{"type":"object","description":"Breach severity by error budget consumed: up to minor → minor, up to major → major, else critical.","additionalProperties":false,"properties":{"minor":{"$ref":"#/$defs/budgetPercentage","description":"Upper bound of a minor breach (default 150%)."},"major":{"$ref":"#/$defs/budgetPercentage","description":"Upper bound of a major breach (default 300%)."}}},"scope":{"type":"object","description":"Whose rows count: applies to every target whose source maps the dimension (others are measured for the whole service).","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","array"],"description":"The accepted value, or a list of accepted values.","minItems":1,"items":{"type":["string","number"],"description":"An accepted value."}}},"workload":{"type":"array","description":"Workload characteristics agreed with the targets (SPEC §15).","items":{"$ref":"#/$defs/workloadLimit"}},"targets":{"type":"array","description":"Targets merged by name into those inherited (overrides, removals, new targets).","items":{"$ref":"#/$defs/templateTarget"}}}};
const schema36 = {"type":"object","description":"A target of a template: a complete target, or an override of an inherited one (its name and the fields that change), or `remove: true` to drop an inherited one.","required":["name"],"additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Unique within the agreement."},"description":{"type":"string","description":"Free text shown in reports."},"metric":{"enum":["availability","response-time","resolution-time","recovery-time","latency","success-rate","satisfaction","freshness","threshold"],"description":"What is measured."},"objective":{"$ref":"#/$defs/percentage","description":"The level to meet: share of service time or of items."},"threshold":{"$ref":"#/$defs/threshold","description":"Per-item limit: a ticket or recovery clock (a duration, or business days such as 2bd), a latency, for satisfaction the lowest score that counts as satisfied (a number: a score equal to it is satisfied), or for freshness the age the data may reach (15m: fresh while the latest counting event is at most 15 minutes old). Required for time, latency, satisfaction and freshness metrics."},"field":{"type":"string","pattern":"^[a-z][a-zA-Z0-9]*$","description":"metric: threshold only: the numeric field each sample is compared with — a field of the source (latency; good, total) or a column it maps under this name."},"op":{"enum":["<=","<",">=",">"],"description":"metric: threshold only: how a sample must compare with the limit to meet it (default <=)."},"limit":{"$ref":"#/$defs/limit","description":"metric: threshold only: the limit, a number with an optional unit (ms, s, m, h; %; B, KB, MB, GB, TB, KiB, MiB, GiB, TiB). The column is taken in the limit's unit unless `unit` says otherwise."},"unit":{"enum":["ms","s","m","h","%","B","KB","MB","GB","TB","KiB","MiB","GiB","TiB","number"],"description":"metric: threshold only: the unit of the column's numbers (default: the limit's unit; latency is ms). It must measure what the limit measures (a size, a duration, a percentage)."},"priority":{"type":["string","integer"],"description":"Ticket metrics only: count only tickets of this priority."},"window":{"enum":["month","quarter","year"],"description":"Assessment window (default month)."},"calendar":{"$ref":"#/$defs/name","description":"Service hours for this target; overrides the agreement's calendar."},"exclusions":{"type":"array","description":"Outages not held against the target.","items":{"enum":["planned"],"description":"planned: planned outages are excluded."},"uniqueItems":true},"source":{"$ref":"#/$defs/name","description":"The DataSource to measure from (default: the one whose type fits)."},"components":{"type":"boolean","description":"Availability only: outages recorded against the service's components (dependsOn, transitively; a series component down takes the service down, an anyOf group only while all its members are down) count as the service's downtime (default false)."},"credits":{"type":"array","description":"Service credit schedule, tiers with strictly decreasing `below`.","items":{"$ref":"#/$defs/creditTier"}},"where":{"type":"object","description":"Only rows whose dimension values match count for this target (every key must match; a list accepts any of its values). Each key must be mapped by the target's source.","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":["string","number","array"],"description":"The accepted value, or a list of accepted values.","minItems":1,"items":{"type":["string","number"],"description":"An accepted value."}}},"workload":{"$ref":"#/$defs/name","description":"The agreement's workload limit this target is agreed under: in an assessment window where the limit was exceeded the target is excused (no breach, no credit)."},"supports":{"type":"array","description":"OLA/UC only: the SLA targets this target underpins, as <sla-name>/<target-name>.","items":{"type":"string","description":"<sla-name>/<target-name>","pattern":"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},"uniqueItems":true},"remove":{"type":"boolean","description":"Drops the inherited target of this name."}}};

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate156.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!(func15.call(schema36.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs2 === errors;
}
if(data.description !== undefined){
let data1 = data.description;
const _errs3 = errors;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs4 = errors;
var valid0 = _errs3 === errors;
}
if(data.metric !== undefined){
let data2 = data.metric;
const _errs5 = errors;
const vSchema0 = schema36.properties.metric.enum;
if(!(((((((((data2 === "availability") || (data2 === "response-time")) || (data2 === "resolution-time")) || (data2 === "recovery-time")) || (data2 === "latency")) || (data2 === "success-rate")) || (data2 === "satisfaction")) || (data2 === "freshness")) || (data2 === "threshold"))){
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema36.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.metric.enum,parentSchema:schema36.properties.metric,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs5 === errors;
}
if(data.objective !== undefined){
let data3 = data.objective;
const _errs6 = errors;
if(!(validate52(data3, {instancePath:instancePath+"/objective",parentData:data,parentDataProperty:"objective",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs6 === errors;
}
if(data.threshold !== undefined){
let data4 = data.threshold;
const _errs7 = errors;
if(!(validate66(data4, {instancePath:instancePath+"/threshold",parentData:data,parentDataProperty:"threshold",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs7 === errors;
}
if(data.field !== undefined){
let data5 = data.field;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err4 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema36.properties.field,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.field.type,parentSchema:schema36.properties.field,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs8 === errors;
}
if(data.op !== undefined){
let data6 = data.op;
const _errs10 = errors;
const vSchema1 = schema36.properties.op.enum;
if(!((((data6 === "<=") || (data6 === "<")) || (data6 === ">=")) || (data6 === ">"))){
const err6 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema36.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.op.enum,parentSchema:schema36.properties.op,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.limit !== undefined){
let data7 = data.limit;
const _errs11 = errors;
if(!(validate68(data7, {instancePath:instancePath+"/limit",parentData:data,parentDataProperty:"limit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs11 === errors;
}
if(data.unit !== undefined){
let data8 = data.unit;
const _errs12 = errors;
const vSchema2 = schema36.properties.unit.enum;
if(!(((((((((((((((data8 === "ms") || (data8 === "s")) || (data8 === "m")) || (data8 === "h")) || (data8 === "%")) || (data8 === "B")) || (data8 === "KB")) || (data8 === "MB")) || (data8 === "GB")) || (data8 === "TB")) || (data8 === "KiB")) || (data8 === "MiB")) || (data8 === "GiB")) || (data8 === "TiB")) || (data8 === "number"))){
const err7 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/enum",keyword:"enum",params:{allowedValues: schema36.properties.unit.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.unit.enum,parentSchema:schema36.properties.unit,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid0 = _errs12 === errors;
}
if(data.priority !== undefined){
let data9 = data.priority;
const _errs13 = errors;
if((typeof data9 !== "string") && (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9))))){
const err8 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema36.properties.priority.type},message:"must be string,integer",schema:schema36.properties.priority.type,parentSchema:schema36.properties.priority,data:data9};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs14 = errors;
var valid0 = _errs13 === errors;
}
if(data.window !== undefined){
let data10 = data.window;
const _errs15 = errors;
const vSchema3 = schema36.properties.window.enum;
if(!(((data10 === "month") || (data10 === "quarter")) || (data10 === "year"))){
const err9 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/enum",keyword:"enum",params:{allowedValues: schema36.properties.window.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.window.enum,parentSchema:schema36.properties.window,data:data10};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid0 = _errs15 === errors;
}
if(data.calendar !== undefined){
let data11 = data.calendar;
const _errs16 = errors;
if(!(validate4(data11, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs16 === errors;
}
if(data.exclusions !== undefined){
let data12 = data.exclusions;
const _errs17 = errors;
const _errs18 = errors;
if(Array.isArray(data12)){
let valid2 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs19 = errors;
const vSchema4 = schema36.properties.exclusions.items.enum;
if(!(data13 === "planned")){
const err10 = {instancePath:instancePath+"/exclusions/" + i0,schemaPath:"#/properties/exclusions/items/enum",keyword:"enum",params:{allowedValues: schema36.properties.exclusions.items.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.exclusions.items.enum,parentSchema:schema36.properties.exclusions.items,data:data13};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid1 = _errs19 === errors;
if(!valid1){
valid2 = false;
}
}
let valid3;
let i1 = data12.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func7(data12[i1], data12[j0])){
const err11 = {instancePath:instancePath+"/exclusions",schemaPath:"#/properties/exclusions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema36.properties.exclusions,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/exclusions",schemaPath:"#/properties/exclusions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.exclusions.type,parentSchema:schema36.properties.exclusions,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs17 === errors;
}
if(data.source !== undefined){
let data14 = data.source;
const _errs20 = errors;
if(!(validate4(data14, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs20 === errors;
}
if(data.components !== undefined){
let data15 = data.components;
const _errs21 = errors;
if(typeof data15 !== "boolean"){
const err13 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.components.type,parentSchema:schema36.properties.components,data:data15};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs22 = errors;
var valid0 = _errs21 === errors;
}
if(data.credits !== undefined){
let data16 = data.credits;
const _errs23 = errors;
const _errs24 = errors;
if(Array.isArray(data16)){
let valid5 = true;
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
const _errs25 = errors;
if(!(validate72(data17, {instancePath:instancePath+"/credits/" + i2,parentData:data16,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs25 === errors;
if(!valid4){
valid5 = false;
}
}
}
else {
const err14 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.credits.type,parentSchema:schema36.properties.credits,data:data16};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid0 = _errs23 === errors;
}
if(data.where !== undefined){
let data18 = data.where;
const _errs26 = errors;
const _errs27 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key1 in data18){
const _errs28 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err15 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema36.properties.where.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid6 = _errs28 === errors;
if(!valid6){
const err16 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema36.properties.where.propertyNames,parentSchema:schema36.properties.where,data:data18};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
const _errs29 = errors;
for(const key2 in data18){
let data19 = data18[key2];
const _errs30 = errors;
if(((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))) && (!(Array.isArray(data19)))){
const err17 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/type",keyword:"type",params:{type: schema36.properties.where.additionalProperties.type},message:"must be string,number,array",schema:schema36.properties.where.additionalProperties.type,parentSchema:schema36.properties.where.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs31 = errors;
if(Array.isArray(data19)){
if(data19.length < 1){
const err18 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/where/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.where.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let valid9 = true;
const len2 = data19.length;
for(let i3=0; i3<len2; i3++){
let data20 = data19[i3];
const _errs32 = errors;
if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){
const err19 = {instancePath:instancePath+"/where/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/where/additionalProperties/items/type",keyword:"type",params:{type: schema36.properties.where.additionalProperties.items.type},message:"must be string,number",schema:schema36.properties.where.additionalProperties.items.type,parentSchema:schema36.properties.where.additionalProperties.items,data:data20};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs33 = errors;
var valid8 = _errs32 === errors;
if(!valid8){
valid9 = false;
}
}
}
var valid7 = _errs30 === errors;
}
}
else {
const err20 = {instancePath:instancePath+"/where",schemaPath:"#/properties/where/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.where.type,parentSchema:schema36.properties.where,data:data18};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid0 = _errs26 === errors;
}
if(data.workload !== undefined){
let data21 = data.workload;
const _errs34 = errors;
if(!(validate4(data21, {instancePath:instancePath+"/workload",parentData:data,parentDataProperty:"workload",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs34 === errors;
}
if(data.supports !== undefined){
let data22 = data.supports;
const _errs35 = errors;
const _errs36 = errors;
if(Array.isArray(data22)){
let valid11 = true;
const len3 = data22.length;
for(let i4=0; i4<len3; i4++){
let data23 = data22[i4];
const _errs37 = errors;
const _errs38 = errors;
if(typeof data23 === "string"){
if(!pattern7.test(data23)){
const err21 = {instancePath:instancePath+"/supports/" + i4,schemaPath:"#/properties/supports/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",parentSchema:schema36.properties.supports.items,data:data23};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/supports/" + i4,schemaPath:"#/properties/supports/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.supports.items.type,parentSchema:schema36.properties.supports.items,data:data23};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid10 = _errs37 === errors;
if(!valid10){
valid11 = false;
}
}
let valid12;
let i5 = data22.length;
let j1;
valid12 = true;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data22[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err23 = {instancePath:instancePath+"/supports",schemaPath:"#/properties/supports/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema36.properties.supports,data:data22};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
valid12 = false;
break;
}
indices0[item0] = i5;
}
}
}
else {
const err24 = {instancePath:instancePath+"/supports",schemaPath:"#/properties/supports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.supports.type,parentSchema:schema36.properties.supports,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid0 = _errs35 === errors;
}
if(data.remove !== undefined){
let data24 = data.remove;
const _errs39 = errors;
if(typeof data24 !== "boolean"){
const err25 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.remove.type,parentSchema:schema36.properties.remove,data:data24};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs40 = errors;
var valid0 = _errs39 === errors;
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate156.errors = vErrors;
return errors === 0;
}
validate156.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate137.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func15.call(schema35.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.applies !== undefined){
let data0 = data.applies;
const _errs2 = errors;
const _errs3 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/applies",schemaPath:"#/properties/applies/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.applies,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const vSchema0 = schema35.properties.applies.items.enum;
if(!(((data1 === "SLA") || (data1 === "OLA")) || (data1 === "UC"))){
const err2 = {instancePath:instancePath+"/applies/" + i0,schemaPath:"#/properties/applies/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.applies.items.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.applies.items.enum,parentSchema:schema35.properties.applies.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
let valid3;
let i1 = data0.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func7(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/applies",schemaPath:"#/properties/applies/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema35.properties.applies,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/applies",schemaPath:"#/properties/applies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.applies.type,parentSchema:schema35.properties.applies,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.service !== undefined){
let data2 = data.service;
const _errs5 = errors;
if(!(validate4(data2, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.provider !== undefined){
let data3 = data.provider;
const _errs6 = errors;
if(!(validate4(data3, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs6 === errors;
}
if(data.customer !== undefined){
let data4 = data.customer;
const _errs7 = errors;
if(!(validate4(data4, {instancePath:instancePath+"/customer",parentData:data,parentDataProperty:"customer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs7 === errors;
}
if(data.description !== undefined){
let data5 = data.description;
const _errs8 = errors;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.description.type,parentSchema:schema35.properties.description,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs9 = errors;
var valid0 = _errs8 === errors;
}
if(data.extends !== undefined){
let data6 = data.extends;
const _errs10 = errors;
const _errs11 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.extends,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let valid5 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs12 = errors;
if(!(validate4(data7, {instancePath:instancePath+"/extends/" + i2,parentData:data6,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid4 = _errs12 === errors;
if(!valid4){
valid5 = false;
}
}
let valid6;
let i3 = data6.length;
let j1;
valid6 = true;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func7(data6[i3], data6[j1])){
const err7 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema35.properties.extends,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
valid6 = false;
break outer1;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.extends.type,parentSchema:schema35.properties.extends,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid0 = _errs10 === errors;
}
if(data.term !== undefined){
let data8 = data.term;
const _errs13 = errors;
const _errs14 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs15 = errors;
for(const key1 in data8){
if(!((key1 === "start") || (key1 === "end"))){
const err9 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.term,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data8.start !== undefined){
let data9 = data8.start;
const _errs16 = errors;
if(!(validate21(data9, {instancePath:instancePath+"/term/start",parentData:data8,parentDataProperty:"start",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs16 === errors;
}
if(data8.end !== undefined){
let data10 = data8.end;
const _errs17 = errors;
if(!(validate21(data10, {instancePath:instancePath+"/term/end",parentData:data8,parentDataProperty:"end",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid7 = _errs17 === errors;
}
}
else {
const err10 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.term.type,parentSchema:schema35.properties.term,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs13 === errors;
}
if(data.effective !== undefined){
let data11 = data.effective;
const _errs18 = errors;
if(!(validate21(data11, {instancePath:instancePath+"/effective",parentData:data,parentDataProperty:"effective",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs18 === errors;
}
if(data.review !== undefined){
let data12 = data.review;
const _errs19 = errors;
const _errs20 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
const _errs21 = errors;
for(const key2 in data12){
if(!((key2 === "every") || (key2 === "last"))){
const err11 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.review,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data12.every !== undefined){
let data13 = data12.every;
const _errs22 = errors;
if(!(validate45(data13, {instancePath:instancePath+"/review/every",parentData:data12,parentDataProperty:"every",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs22 === errors;
}
if(data12.last !== undefined){
let data14 = data12.last;
const _errs23 = errors;
if(!(validate21(data14, {instancePath:instancePath+"/review/last",parentData:data12,parentDataProperty:"last",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var valid8 = _errs23 === errors;
}
}
else {
const err12 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.review.type,parentSchema:schema35.properties.review,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid0 = _errs19 === errors;
}
if(data.calendar !== undefined){
let data15 = data.calendar;
const _errs24 = errors;
if(!(validate4(data15, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs24 === errors;
}
if(data.timezone !== undefined){
let data16 = data.timezone;
const _errs25 = errors;
if(!(validate15(data16, {instancePath:instancePath+"/timezone",parentData:data,parentDataProperty:"timezone",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs25 === errors;
}
if(data.locale !== undefined){
let data17 = data.locale;
const _errs26 = errors;
if(!(validate50(data17, {instancePath:instancePath+"/locale",parentData:data,parentDataProperty:"locale",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs26 === errors;
}
if(data.fee !== undefined){
let data18 = data.fee;
const _errs27 = errors;
const _errs28 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
const _errs29 = errors;
for(const key3 in data18){
if(!(((key3 === "amount") || (key3 === "currency")) || (key3 === "per"))){
const err13 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.fee,data:data18};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data18.amount !== undefined){
let data19 = data18.amount;
const _errs30 = errors;
const _errs31 = errors;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err14 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.fee.properties.amount,data:data19};
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
const err15 = {instancePath:instancePath+"/fee/amount",schemaPath:"#/properties/fee/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.fee.properties.amount.type,parentSchema:schema35.properties.fee.properties.amount,data:data19};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid9 = _errs30 === errors;
}
if(data18.currency !== undefined){
let data20 = data18.currency;
const _errs32 = errors;
const _errs33 = errors;
if(typeof data20 === "string"){
if(!pattern3.test(data20)){
const err16 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema35.properties.fee.properties.currency,data:data20};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/fee/currency",schemaPath:"#/properties/fee/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.fee.properties.currency.type,parentSchema:schema35.properties.fee.properties.currency,data:data20};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid9 = _errs32 === errors;
}
if(data18.per !== undefined){
let data21 = data18.per;
const _errs34 = errors;
const vSchema1 = schema35.properties.fee.properties.per.enum;
if(!(((data21 === "month") || (data21 === "quarter")) || (data21 === "year"))){
const err18 = {instancePath:instancePath+"/fee/per",schemaPath:"#/properties/fee/properties/per/enum",keyword:"enum",params:{allowedValues: schema35.properties.fee.properties.per.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.fee.properties.per.enum,parentSchema:schema35.properties.fee.properties.per,data:data21};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid9 = _errs34 === errors;
}
}
else {
const err19 = {instancePath:instancePath+"/fee",schemaPath:"#/properties/fee/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.fee.type,parentSchema:schema35.properties.fee,data:data18};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid0 = _errs27 === errors;
}
if(data.creditCap !== undefined){
let data22 = data.creditCap;
const _errs35 = errors;
if(!(validate52(data22, {instancePath:instancePath+"/creditCap",parentData:data,parentDataProperty:"creditCap",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs35 === errors;
}
if(data.contract !== undefined){
let data23 = data.contract;
const _errs36 = errors;
const _errs37 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs38 = errors;
for(const key4 in data23){
if(!((((key4 === "reference") || (key4 === "noticePeriod")) || (key4 === "autoRenew")) || (key4 === "claimWithin"))){
const err20 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.contract,data:data23};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data23.reference !== undefined){
let data24 = data23.reference;
const _errs39 = errors;
if(typeof data24 !== "string"){
const err21 = {instancePath:instancePath+"/contract/reference",schemaPath:"#/properties/contract/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.contract.properties.reference.type,parentSchema:schema35.properties.contract.properties.reference,data:data24};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs40 = errors;
var valid10 = _errs39 === errors;
}
if(data23.noticePeriod !== undefined){
let data25 = data23.noticePeriod;
const _errs41 = errors;
if(!(validate45(data25, {instancePath:instancePath+"/contract/noticePeriod",parentData:data23,parentDataProperty:"noticePeriod",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs41 === errors;
}
if(data23.autoRenew !== undefined){
let data26 = data23.autoRenew;
const _errs42 = errors;
if(typeof data26 !== "boolean"){
const err22 = {instancePath:instancePath+"/contract/autoRenew",schemaPath:"#/properties/contract/properties/autoRenew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.contract.properties.autoRenew.type,parentSchema:schema35.properties.contract.properties.autoRenew,data:data26};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs43 = errors;
var valid10 = _errs42 === errors;
}
if(data23.claimWithin !== undefined){
let data27 = data23.claimWithin;
const _errs44 = errors;
if(!(validate45(data27, {instancePath:instancePath+"/contract/claimWithin",parentData:data23,parentDataProperty:"claimWithin",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
else {
}
var valid10 = _errs44 === errors;
}
}
else {
const err23 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.contract.type,parentSchema:schema35.properties.contract,data:data23};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid0 = _errs36 === errors;
}
if(data.severity !== undefined){
let data28 = data.severity;
const _errs45 = errors;
const _errs46 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
const _errs47 = errors;
for(const key5 in data28){
if(!((key5 === "minor") || (key5 === "major"))){
const err24 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.severity,data:data28};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data28.minor !== undefined){
let data29 = data28.minor;
const _errs48 = errors;
if(!(validate56(data29, {instancePath:instancePath+"/severity/minor",parentData:data28,parentDataProperty:"minor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
else {
}
var valid11 = _errs48 === errors;
}
if(data28.major !== undefined){
let data30 = data28.major;
const _errs49 = errors;
if(!(validate56(data30, {instancePath:instancePath+"/severity/major",parentData:data28,parentDataProperty:"major",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
else {
}
var valid11 = _errs49 === errors;
}
}
else {
const err25 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.severity.type,parentSchema:schema35.properties.severity,data:data28};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid0 = _errs45 === errors;
}
if(data.scope !== undefined){
let data31 = data.scope;
const _errs50 = errors;
const _errs51 = errors;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key6 in data31){
const _errs52 = errors;
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err26 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",schema:"^[a-z][a-zA-Z0-9]*$",parentSchema:schema35.properties.scope.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid12 = _errs52 === errors;
if(!valid12){
const err27 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema35.properties.scope.propertyNames,parentSchema:schema35.properties.scope,data:data31};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
const _errs53 = errors;
for(const key7 in data31){
let data32 = data31[key7];
const _errs54 = errors;
if(((typeof data32 !== "string") && (!((typeof data32 == "number") && (isFinite(data32))))) && (!(Array.isArray(data32)))){
const err28 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scope/additionalProperties/type",keyword:"type",params:{type: schema35.properties.scope.additionalProperties.type},message:"must be string,number,array",schema:schema35.properties.scope.additionalProperties.type,parentSchema:schema35.properties.scope.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs55 = errors;
if(Array.isArray(data32)){
if(data32.length < 1){
const err29 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scope/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.scope.additionalProperties,data:data32};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
let valid15 = true;
const len2 = data32.length;
for(let i4=0; i4<len2; i4++){
let data33 = data32[i4];
const _errs56 = errors;
if((typeof data33 !== "string") && (!((typeof data33 == "number") && (isFinite(data33))))){
const err30 = {instancePath:instancePath+"/scope/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/scope/additionalProperties/items/type",keyword:"type",params:{type: schema35.properties.scope.additionalProperties.items.type},message:"must be string,number",schema:schema35.properties.scope.additionalProperties.items.type,parentSchema:schema35.properties.scope.additionalProperties.items,data:data33};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs57 = errors;
var valid14 = _errs56 === errors;
if(!valid14){
valid15 = false;
}
}
}
var valid13 = _errs54 === errors;
}
}
else {
const err31 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.scope.type,parentSchema:schema35.properties.scope,data:data31};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid0 = _errs50 === errors;
}
if(data.workload !== undefined){
let data34 = data.workload;
const _errs58 = errors;
const _errs59 = errors;
if(Array.isArray(data34)){
let valid17 = true;
const len3 = data34.length;
for(let i5=0; i5<len3; i5++){
let data35 = data34[i5];
const _errs60 = errors;
if(!(validate59(data35, {instancePath:instancePath+"/workload/" + i5,parentData:data34,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
else {
}
var valid16 = _errs60 === errors;
if(!valid16){
valid17 = false;
}
}
}
else {
const err32 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.workload.type,parentSchema:schema35.properties.workload,data:data34};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid0 = _errs58 === errors;
}
if(data.targets !== undefined){
let data36 = data.targets;
const _errs61 = errors;
const _errs62 = errors;
if(Array.isArray(data36)){
let valid19 = true;
const len4 = data36.length;
for(let i6=0; i6<len4; i6++){
let data37 = data36[i6];
const _errs63 = errors;
if(!(validate156(data37, {instancePath:instancePath+"/targets/" + i6,parentData:data36,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
errors = vErrors.length;
}
else {
}
var valid18 = _errs63 === errors;
if(!valid18){
valid19 = false;
}
}
}
else {
const err33 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.targets.type,parentSchema:schema35.properties.targets,data:data36};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid0 = _errs61 === errors;
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}
validate137.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate192.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
if("slm/v1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "slm/v1"},message:"must be equal to constant",schema:"slm/v1",parentSchema:schema34.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs3 = errors;
if("Template" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Template"},message:"must be equal to constant",schema:"Template",parentSchema:schema34.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs3 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs4 = errors;
if(!(validate3(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs4 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs5 = errors;
if(!(validate137(data3, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate192.errors = vErrors;
return errors === 0;
}
validate192.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

return exports;
};
