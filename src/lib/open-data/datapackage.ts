// /data/datapackage.json: a Frictionless Data Package (v2) describing every file the open data holds,
// so that a journalist's tools read the tables with their Chinese titles, types and meanings.
import * as z from 'zod';
import { cellList, contractDate, httpUrl, slug, usccCode } from '../contract/fields.ts';
import { FIELD_DESCRIPTIONS, FIELD_TITLES } from '../contract/field-titles.ts';
import { TABLES } from '../contract/tables.ts';
import type { SiteModel } from '../model/site-model.ts';
import { COMPUTED_FIELDS, type OpenDataTable } from './records.ts';

export interface PackageField {
  name: string;
  title: string;
  type: string;
  description: string;
  format?: string;
  delimiter?: string;
  constraints?: { enum?: readonly string[]; pattern?: string };
}

/** Optional and default wrappers off: the field's own type. */
function innerSchema(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while ('unwrap' in inner && typeof inner.unwrap === 'function') inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** How the open data writes a contract field (lists joined with ";" in CSV, as arrays in JSON). */
function fieldType(schema: z.ZodType): Pick<PackageField, 'type' | 'format' | 'delimiter' | 'constraints'> {
  const inner = innerSchema(schema);
  if (inner === contractDate) return { type: 'date' };
  if (inner === cellList) return { type: 'list', delimiter: ';' };
  if (inner === httpUrl) return { type: 'string', format: 'uri' };
  if (inner === slug) return { type: 'string', constraints: { pattern: '[a-z0-9-]+' } };
  if (inner === usccCode) return { type: 'string', constraints: { pattern: '[0-9A-HJ-NPQRTUWXY]{18}' } };
  if (inner instanceof z.ZodEnum) return { type: 'string', constraints: { enum: inner.options.map(String) } };
  if (inner instanceof z.ZodBoolean) return { type: 'boolean' };
  return { type: 'string' };
}

export function tableFields(table: OpenDataTable): PackageField[] {
  const schema = TABLES[table.name].schema;
  const shape = schema.shape as Record<string, z.ZodType>;
  const titles: Record<string, string> = FIELD_TITLES[table.name];
  const descriptions: Record<string, string> = FIELD_DESCRIPTIONS[table.name];
  return table.columns.map((name) => {
    const field = shape[name];
    const computed = COMPUTED_FIELDS[name];
    if (field) return { name, title: titles[name] ?? name, description: descriptions[name] ?? '', ...fieldType(field) };
    if (computed) return { name, title: computed.title, type: computed.type, description: computed.description, ...(computed.type === 'list' ? { delimiter: ';' } : {}) };
    throw new Error(`open data column ${table.name}.${name} has no description`);
  });
}

export function dataPackage(model: SiteModel, tables: readonly OpenDataTable[]): Record<string, unknown> {
  const licence = model.site.licence;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'sme-public-service-platforms',
    title: model.site.title,
    // Where the site lives: the register's home, and what tools serving a built site read its base from.
    ...(model.site.base_url ? { homepage: model.site.base_url } : {}),
    description: `${model.site.publisher}发布的中小企业公共服务示范平台名录，数据截至 ${model.asOf}${model.sample ? '（虚构的示例数据）' : ''}。`,
    ...(licence ? { licenses: [/^https?:\/\//.test(licence) ? { path: licence, title: licence } : { name: licence, title: licence }] } : {}),
    as_of: model.asOf,
    sample: model.sample,
    resources: [
      ...tables.map((table) => ({
        name: table.name,
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: tableFields(table), primaryKey: ['id'] },
      })),
      ...tables.map((table) => ({
        name: `${table.name}-json`,
        path: `${table.name}.json`,
        format: 'json',
        mediatype: 'application/json',
        description: `${table.name}.csv 的同一批记录，写作 { "as_of": …, "records": [ … ] }；列表为 JSON 数组。`,
      })),
      { name: 'rules', path: 'rules.json', format: 'json', mediatype: 'application/json', description: '各地认定规则的全文和结构化条款，每项注明所依据的条款。status 为效力状态：draft 征求意见稿，in_force 现行有效，unknown 按文字已施行但无法据文本确定是否仍然有效，expired 已失效，superseded 已被替代；status_basis 为其依据。issuer_source 为 inferred 的，发文机关系推断（issuer_note 说明依据）。supersedes_effect：repealed 本办法废止，proposed 拟废止（征求意见稿，施行后才废止），lapsed 原文称已到期废止。' },
      {
        name: 'register-xlsx',
        path: 'register.xlsx',
        format: 'xlsx',
        mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: '同一批记录的 Excel 工作簿：每张表一个工作表（平台、公示、撤销与暂停），中文列名，代码为文本单元格，日期为日期单元格，状态和服务功能为中文。',
      },
    ],
  };
}
