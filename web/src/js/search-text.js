// What a person typed in the search box, taken apart: the street (for suggestions), the house number and what
// follows it, and a district typed after the address (sent as the lookup's district). Pure: unit-tested with node --test.

/** Warsaw's eighteen districts, as the street register names them. */
export const DISTRICTS = [
  'Bemowo', 'Białołęka', 'Bielany', 'Mokotów', 'Ochota', 'Praga-Południe', 'Praga-Północ', 'Rembertów', 'Śródmieście',
  'Targówek', 'Ursus', 'Ursynów', 'Wawer', 'Wesoła', 'Wilanów', 'Włochy', 'Wola', 'Żoliborz',
];

const TYPES = /^(ul|ulica|al|aleja|aleje|pl|plac|os|osiedle|rondo|skwer|bulwar|wyb|wybrzeże)\.?$/i;

/** Lower case without diacritics and with one kind of separator: "Praga Południe" and "praga-poludnie" meet. */
export function fold(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

/**
 * "Słowackiego 15 Żoliborz" → { address: 'Słowackiego 15', district: 'Żoliborz', street: 'Słowackiego', rest: '15' };
 * "Słowackiego 15, 01-627" → { address: 'Słowackiego 15, 01-627', district: null, street: 'Słowackiego', rest: '15, 01-627' }
 * (the server reads the postcode itself); "ul." → { typeOnly: 'ul.' }.
 */
export function splitQuery(text) {
  let address = String(text).trim().replace(/\s+/g, ' ');
  let district = null;
  const m = /^(.*?\S)[\s,]+([\p{L}-]+(?:[ -][\p{L}]+)?)$/u.exec(address);
  if (m) {
    const found = DISTRICTS.find((d) => fold(d) === fold(m[2]));
    // Only after a house number: "Praga" alone, or a street named like a district ("Wolska"), stays the street.
    if (found && /\d/.test(m[1])) {
      district = found;
      address = m[1].replace(/[\s,]+$/, '');
    }
  }
  const typeOnly = TYPES.test(address) ? address : null;
  const tokens = address.split(' ');
  const numberAt = tokens.findIndex((token, i) => i > 0 && /^\d/.test(token));
  const street = (numberAt > 0 ? tokens.slice(0, numberAt).join(' ') : address).replace(/,$/, '');
  const rest = numberAt > 0 ? tokens.slice(numberAt).join(' ') : '';
  return { address, district, street, rest, typeOnly };
}

/** Whether the street part is worth suggesting on: two letters at least, not coordinates being typed. */
export function suggestable(street) {
  return street.length >= 2 && !/^-?\d+([.,]\d*)?$/.test(street) && !/^-?\d+[.,]\d/.test(street) && !TYPES.test(street);
}
