import type { CrimeId, StateId } from './fields';

/**
 * Labels of the simulator's fixed lists in both languages. Only the page (server side) reads this
 * file: it hands the island the labels of its own language, so the other language never ships.
 */
export const CRIME_LABELS: Record<CrimeId, { en: string; es: string }> = {
  homicide: { en: 'Homicide', es: 'Homicidio' },
  assault: { en: 'Assault with a weapon', es: 'Lesiones con arma' },
  robbery: { en: 'Armed robbery', es: 'Robo con violencia' },
  kidnapping: { en: 'Kidnapping', es: 'Secuestro' },
  extortion: { en: 'Extortion', es: 'Extorsión' },
  drugs: { en: 'Drug offence', es: 'Delito contra la salud (narcóticos)' },
  trafficking: { en: 'Firearms trafficking', es: 'Tráfico de armas' },
  possession: {
    en: 'Unlawful possession or carrying of a firearm',
    es: 'Portación o posesión ilegal de arma de fuego',
  },
  other: { en: 'Other offence', es: 'Otro delito' },
};

export const STATE_LABELS: Record<StateId, { en: string; es: string }> = {
  ags: { en: 'Aguascalientes', es: 'Aguascalientes' },
  bc: { en: 'Baja California', es: 'Baja California' },
  bcs: { en: 'Baja California Sur', es: 'Baja California Sur' },
  camp: { en: 'Campeche', es: 'Campeche' },
  chis: { en: 'Chiapas', es: 'Chiapas' },
  chih: { en: 'Chihuahua', es: 'Chihuahua' },
  cdmx: { en: 'Mexico City', es: 'Ciudad de México' },
  coah: { en: 'Coahuila', es: 'Coahuila' },
  col: { en: 'Colima', es: 'Colima' },
  dgo: { en: 'Durango', es: 'Durango' },
  mex: { en: 'State of Mexico', es: 'Estado de México' },
  gto: { en: 'Guanajuato', es: 'Guanajuato' },
  gro: { en: 'Guerrero', es: 'Guerrero' },
  hgo: { en: 'Hidalgo', es: 'Hidalgo' },
  jal: { en: 'Jalisco', es: 'Jalisco' },
  mich: { en: 'Michoacán', es: 'Michoacán' },
  mor: { en: 'Morelos', es: 'Morelos' },
  nay: { en: 'Nayarit', es: 'Nayarit' },
  nl: { en: 'Nuevo León', es: 'Nuevo León' },
  oax: { en: 'Oaxaca', es: 'Oaxaca' },
  pue: { en: 'Puebla', es: 'Puebla' },
  qro: { en: 'Querétaro', es: 'Querétaro' },
  qroo: { en: 'Quintana Roo', es: 'Quintana Roo' },
  slp: { en: 'San Luis Potosí', es: 'San Luis Potosí' },
  sin: { en: 'Sinaloa', es: 'Sinaloa' },
  son: { en: 'Sonora', es: 'Sonora' },
  tab: { en: 'Tabasco', es: 'Tabasco' },
  tamps: { en: 'Tamaulipas', es: 'Tamaulipas' },
  tlax: { en: 'Tlaxcala', es: 'Tlaxcala' },
  ver: { en: 'Veracruz', es: 'Veracruz' },
  yuc: { en: 'Yucatán', es: 'Yucatán' },
  zac: { en: 'Zacatecas', es: 'Zacatecas' },
};
