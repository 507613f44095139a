// Who publishes: the local government's code and name written into every open-data row and page footer.
// The seed's city is the default; another city passes its own (seika publish --lg-code … --lg-name …).

export interface PublishSettings {
  /** 全国地方公共団体コード: 6 digits, the last a check digit (小諸市 202088). */
  localGovernmentCode: string;
  /** 都道府県名, e.g. 長野県. */
  prefecture: string;
  /** 地方公共団体名, e.g. 小諸市. */
  localGovernmentName: string;
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
  localGovernmentCode: '202088',
  prefecture: '長野県',
  localGovernmentName: '小諸市',
};

/**
 * True when `code` is a 全国地方公共団体コード: five digits and their check digit (weights 6…2, 11 minus the sum
 * modulo 11, keeping the last digit), as the Ministry of Internal Affairs defines it.
 */
export function isLocalGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const sum = [...code.slice(0, 5)].reduce((s, d, i) => s + Number(d) * (6 - i), 0);
  const check = (11 - (sum % 11)) % 10;
  return check === Number(code[5]);
}
