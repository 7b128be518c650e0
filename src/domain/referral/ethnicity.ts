/**
 * The Department for Education school census ethnicity categories (main codes), in census order.
 * REFU and NOBT record that the information was refused or has not been obtained.
 */
export const ethnicityCategories = [
  { code: 'WBRI', label: 'White British' },
  { code: 'WIRI', label: 'White Irish' },
  { code: 'WIRT', label: 'Traveller of Irish heritage' },
  { code: 'WROM', label: 'Gypsy or Roma' },
  { code: 'WOTH', label: 'Any other White background' },
  { code: 'MWBC', label: 'White and Black Caribbean' },
  { code: 'MWBA', label: 'White and Black African' },
  { code: 'MWAS', label: 'White and Asian' },
  { code: 'MOTH', label: 'Any other mixed background' },
  { code: 'AIND', label: 'Indian' },
  { code: 'APKN', label: 'Pakistani' },
  { code: 'ABAN', label: 'Bangladeshi' },
  { code: 'AOTH', label: 'Any other Asian background' },
  { code: 'BCRB', label: 'Black Caribbean' },
  { code: 'BAFR', label: 'Black African' },
  { code: 'BOTH', label: 'Any other Black background' },
  { code: 'CHNE', label: 'Chinese' },
  { code: 'OOTH', label: 'Any other ethnic group' },
  { code: 'REFU', label: 'Refused' },
  { code: 'NOBT', label: 'Information not yet obtained' },
] as const;

export type EthnicityCode = (typeof ethnicityCategories)[number]['code'];

export const ethnicityCodes = ethnicityCategories.map((category) => category.code) as [
  EthnicityCode,
  ...EthnicityCode[],
];
