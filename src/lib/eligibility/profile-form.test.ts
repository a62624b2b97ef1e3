import { describe, expect, it } from 'vitest';
import { NUMBER_GROUPS, formToSearchParams } from './profile-form.ts';
import { PROFILE_PARAMS, isNumberField, profileFromSearchParams, profileToSearchParams, type ProfileField } from './profile.ts';

describe('formToSearchParams', () => {
  it('turns the form’s fields into the profile’s URL parameters', () => {
    const params = formToSearchParams([
      ['y', '3'],
      ['lf', 'public_institution'],
      ['ta', ' 120 '],
      ['st', ''],
      ['fn', 'training'],
      ['fig.training.p', '650'],
      ['fig.training.s', ''],
      ['fig.financing.a', '9'],
      ['fn', 'legal'],
      ['unknown', 'x'],
    ]);
    expect(params.toString()).toBe('y=3&lf=public_institution&ta=120&f.training=p650&f.legal=');
  });

  it('gives a profile the URL writes back the same way', () => {
    const profile = profileFromSearchParams(formToSearchParams([['y', '2'], ['fn', 'financing'], ['fig.financing.a', '6'], ['fig.financing.f', '5']]));
    expect(profile.functions).toEqual({ financing: { activities: 6, financing_amount_yi: 5 } });
    expect(profileToSearchParams(profile).toString()).toBe('y=2&f.financing=a6_f5');
  });
});

describe('NUMBER_GROUPS', () => {
  it('asks for the figures in the order a person answers them, with their words', () => {
    expect(NUMBER_GROUPS.map((group) => [group.legend, group.fields.map((spec) => `${spec.label}（${spec.unit}）`)])).toEqual([
      ['资产与年限', ['成立或运营年限（年）', '资产总额（万元）', '注册资金（万元）', '无违法违规、失信记录的年数（年）']],
      ['服务业绩', ['上年服务中小企业数（家）', '用户满意度（%）', '公益性或低收费服务占总服务量的比例（%）', '每年公益性服务活动（次）']],
      ['团队、资源与场所', ['为中小企业服务的专职人员（人）', '其中大专以上学历或中级以上职称人员的比例（%）', '合作（集聚）的服务机构（家）', '外部专家（名）', '办公场所面积（平方米）']],
      ['小企业创业基地（仅成都，按创业基地申报时填写）', ['入驻小微企业（家）', '创业辅导师（人）', '基地建筑总面积（平方米）', '运营单位建筑产权占基地总产权的比例（%）']],
    ]);
    expect(NUMBER_GROUPS[0]?.fields[2]?.hint).toBe('成都按注册资金计，其他地区按资产总额计');
  });

  it('asks for every figure of the profile exactly once', () => {
    const asked = NUMBER_GROUPS.flatMap((group) => group.fields.map((spec) => spec.field));
    const figures = (Object.keys(PROFILE_PARAMS) as ProfileField[]).filter(isNumberField);
    expect([...asked].sort()).toEqual([...figures].sort());
  });
});
