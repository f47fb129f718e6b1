// Every string of the page's interface, in Polish (the default) and English. Data (names, members, provenance)
// is never translated here: it is shown as the registry gives it.

const dictionary = {
  pl: {
    title: 'Partnerstwa lokalne w Warszawie',
    subtitle: 'Sprawdź, które partnerstwo działa pod Twoim adresem',
    otherLanguage: 'English',
    otherLanguageLabel: 'Switch to English',
    searchLabel: 'Ulica, adres lub współrzędne',
    searchPlaceholder: 'np. Słowackiego 5 albo 52.27, 20.98',
    searchPlaceholderCoordsOnly: 'współrzędne, np. 52.27, 20.98',
    searchButton: 'Szukaj',
    locate: 'Moja lokalizacja',
    embed: 'Osadź mapę',
    openFullMap: 'Otwórz pełną mapę',
    legend: 'Partnerstwa',
    legendNoArea: 'brak obszaru na mapie',
    mapLabel: 'Mapa obszarów partnerstw lokalnych',
    areaLabel: '{name}: pokaż szczegóły partnerstwa',
    close: 'Zamknij',
    panelLabel: 'Szczegóły partnerstwa',
    district: 'Dzielnica',
    fullName: 'Pełna nazwa',
    formerNames: 'Dawne nazwy',
    founded: 'Data założenia',
    coordinator: 'Koordynator',
    initiators: 'Inicjatorzy',
    members: 'Członkowie',
    contact: 'Kontakt',
    noContact: 'Źródło nie podaje kontaktu.',
    about: 'O partnerstwie',
    provenance: 'Skąd ta granica',
    approximate: 'Granice przybliżone: mogą odbiegać od rzeczywistych o ok. {m} m.',
    accurate: 'Dokładność granic: ok. {m} m.',
    method: 'Metoda',
    basis: 'Podstawa',
    basisSource: 'ulice wymienione przez partnerstwo',
    basisMsi: 'obszar MSI (Miejski System Informacji)',
    network: 'Sieć ulic',
    networkDate: 'Stan sieci na',
    licence: 'Licencja',
    builtAt: 'Zbudowano',
    notes: 'Uwagi',
    noArea: 'To partnerstwo nie ma jeszcze obszaru na mapie.',
    resultNearest: 'Najbliższe partnerstwo: {name}, {distance} stąd.',
    relationOnBorder: 'na granicy',
    relationAlongBorder: 'ulica biegnie wzdłuż jego granicy',
    pickNamesake: 'Chodzi o ulicę w dzielnicy: {districts}',
    showPartnership: 'Pokaż: {name}',
    yourPoint: 'Wskazany punkt',
    searching: 'Szukam…',
    notFound: 'Nie znaleziono: {q}.',
    addressAmbiguousPick: '„{q}”: kilka ulic ma tę nazwę. Którą masz na myśli?',
    briefNoPartnership: 'żadne partnerstwo',
    briefUnknown: 'nie wiadomo',
    or: ' albo ',
    addressUnavailable: 'Wyszukiwanie adresów nie jest jeszcze dostępne. Wpisz współrzędne (np. 52.27, 20.98) albo kliknij mapę.',
    lookupFailed: 'Nie udało się sprawdzić punktu. Spróbuj ponownie.',
    loadFailed: 'Nie udało się wczytać obszarów partnerstw. Odśwież stronę.',
    geoUnavailable: 'Przeglądarka nie udostępnia lokalizacji.',
    geoDenied: 'Nie udało się ustalić lokalizacji: {reason}.',
    basemapOffline: 'Podkład mapy niedostępny: widać obszary i ulice graniczne',
    streetsLicence: 'Ulice: dane serwera',
    wheelHint: 'Kliknij mapę, aby przybliżać kółkiem myszy',
    embedTitle: 'Osadź mapę na swojej stronie',
    embedIntro: 'Skopiuj ten kod i wklej go w kod HTML strony. Mapa pokaże {what}.',
    embedWhatAll: 'wszystkie partnerstwa',
    embedWhatOne: 'partnerstwo {name}',
    embedCode: 'Kod do wklejenia',
    copy: 'Kopiuj kod',
    copied: 'Skopiowano.',
    copyFailed: 'Nie udało się skopiować: zaznacz kod i skopiuj ręcznie.',
    iframeTitle: 'Mapa partnerstw lokalnych',
    suggestions: 'Podpowiedzi',
    metres: '{n} m',
    kilometres: '{n} km',
  },
  en: {
    title: 'Local partnerships in Warsaw',
    subtitle: 'Find out which partnership serves your address',
    otherLanguage: 'Polski',
    otherLanguageLabel: 'Przełącz na polski',
    searchLabel: 'Street, address or coordinates',
    searchPlaceholder: 'e.g. Słowackiego 5 or 52.27, 20.98',
    searchPlaceholderCoordsOnly: 'coordinates, e.g. 52.27, 20.98',
    searchButton: 'Search',
    locate: 'My location',
    embed: 'Embed map',
    openFullMap: 'Open the full map',
    legend: 'Partnerships',
    legendNoArea: 'no area on the map',
    mapLabel: 'Map of the local partnerships\u2019 areas',
    areaLabel: '{name}: show the partnership\u2019s details',
    close: 'Close',
    panelLabel: 'Partnership details',
    district: 'District',
    fullName: 'Full name',
    formerNames: 'Former names',
    founded: 'Founded',
    coordinator: 'Coordinator',
    initiators: 'Initiators',
    members: 'Members',
    contact: 'Contact',
    noContact: 'The source gives no contact.',
    about: 'About',
    provenance: 'Where this boundary comes from',
    approximate: 'Approximate boundaries: they may be off by about {m} m.',
    accurate: 'Boundary accuracy: about {m} m.',
    method: 'Method',
    basis: 'Basis',
    basisSource: 'streets named by the partnership',
    basisMsi: 'MSI neighbourhood (the city\u2019s information system)',
    network: 'Street network',
    networkDate: 'Network as of',
    licence: 'Licence',
    builtAt: 'Built',
    notes: 'Notes',
    noArea: 'This partnership has no area on the map yet.',
    resultNearest: 'Nearest partnership: {name}, {distance} away.',
    relationOnBorder: 'on its border',
    relationAlongBorder: 'the street runs along its border',
    pickNamesake: 'I mean the street in: {districts}',
    showPartnership: 'Show: {name}',
    yourPoint: 'Chosen point',
    searching: 'Searching…',
    notFound: 'Not found: {q}.',
    addressAmbiguousPick: '"{q}": several streets have this name. Which one do you mean?',
    briefNoPartnership: 'no partnership',
    briefUnknown: 'not known',
    or: ' or ',
    addressUnavailable: 'Address search is not available yet. Type coordinates (e.g. 52.27, 20.98) or click the map.',
    lookupFailed: 'Could not check this point. Please try again.',
    loadFailed: 'Could not load the partnerships\u2019 areas. Please reload the page.',
    geoUnavailable: 'This browser does not share its location.',
    geoDenied: 'Could not find your location: {reason}.',
    basemapOffline: 'Base map unavailable: areas and bounding streets shown',
    streetsLicence: 'Streets: server data',
    wheelHint: 'Click the map to zoom with the mouse wheel',
    embedTitle: 'Embed the map on your site',
    embedIntro: 'Copy this code into your page\u2019s HTML. The map will show {what}.',
    embedWhatAll: 'all partnerships',
    embedWhatOne: 'the partnership {name}',
    embedCode: 'Code to paste',
    copy: 'Copy code',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
    iframeTitle: 'Map of local partnerships',
    suggestions: 'Suggestions',
    metres: '{n} m',
    kilometres: '{n} km',
  },
};

export const languages = Object.keys(dictionary);
let current = 'pl';

/** The language to start in: ?lang=, else the first of the browser's languages we have, else Polish. */
export function detectLanguage(requested, browserLanguages) {
  if (requested && dictionary[requested]) return requested;
  for (const tag of browserLanguages || []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (dictionary[base]) return base;
  }
  return 'pl';
}

export function setLanguage(lang) {
  current = dictionary[lang] ? lang : 'pl';
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** The string for key, with {placeholders} replaced by values (as text). */
export function t(key, values = {}) {
  const template = dictionary[current][key] ?? dictionary.pl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

/** Fills every element with data-i18n (text), data-i18n-placeholder, data-i18n-label (aria-label), data-i18n-title. */
export function translateDocument(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  document.title = t('title');
}

/** 350 m, 1,2 km: in the current language's number format. */
export function formatDistance(metres) {
  if (metres < 1000) return t('metres', { n: Math.round(metres) });
  const km = new Intl.NumberFormat(current, { maximumFractionDigits: 1 }).format(metres / 1000);
  return t('kilometres', { n: km });
}

/** 2011 → 2011; 2013-05 → maj 2013 / May 2013; 2013-05-14 → 14 maja 2013 / 14 May 2013. */
export function formatFounded(value) {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const date = new Date(Date.UTC(+y, +mo - 1, d ? +d : 1));
  const options = d ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(current, options).format(date);
}
