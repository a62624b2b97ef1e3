import { describe, expect, it } from 'vitest';
import { formToSearchParams } from './profile-form.ts';
import { profileFromSearchParams, profileToSearchParams } from './profile.ts';

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
