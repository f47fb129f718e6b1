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
    resultCovered: 'Ten punkt leży w obszarze partnerstwa {name}.',
    resultStreetRule: 'Adres {address} należy do partnerstwa {name} (według listy ulic i numerów).',
    resultStreetWhole: 'Cała ulica {street} leży w obszarze partnerstwa {name}.',
    resultStreetEdge: '{street} biegnie skrajem obszaru partnerstwa {name}: budynki po stronie obszaru należą do tego partnerstwa.',
    resultStreetBorder: '{street} biegnie granicą obszarów: {names}. O tym, które partnerstwo obejmuje budynek, decyduje strona ulicy.',
    resultStreetThrough: '{street} przebiega przez obszary: {names}. O tym, które partnerstwo obejmuje budynek, decyduje jego położenie.',
    resultBoundary: 'Ten punkt leży na granicy obszarów: {names}.',
    resultNotCovered: 'Żadne partnerstwo nie obejmuje tego punktu.',
    resultNearest: 'Najbliższe partnerstwo: {name}, {distance} stąd.',
    showPartnership: 'Pokaż: {name}',
    yourPoint: 'Wskazany punkt',
    searching: 'Szukam…',
    notFound: 'Nie znaleziono: {q}.',
    didYouMean: 'Czy chodziło o: {names}?',
    addressAmbiguous: '„{q}”: kilka ulic ma tę nazwę ({names}). Wybierz ulicę z podpowiedzi albo dopisz kod pocztowy.',
    addressAmbiguousPick: '„{q}”: kilka ulic ma tę nazwę. Którą masz na myśli?',
    addressNoPartnership: 'Żadne partnerstwo nie obejmuje adresu: {q}.',
    addressNoData: 'Nie wiemy, które partnerstwo obejmuje adres: {q}.',
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
    resultCovered: 'This point lies in the area of {name}.',
    resultStreetRule: '{address} belongs to {name} (by the list of streets and numbers).',
    resultStreetWhole: 'The whole of {street} lies in the area of {name}.',
    resultStreetEdge: '{street} runs along the edge of the area of {name}: buildings on the area\'s side belong to it.',
    resultStreetBorder: '{street} runs along the border of: {names}. Which side of the street the building is on decides.',
    resultStreetThrough: '{street} runs through the areas of: {names}. Where along it the building is decides.',
    resultBoundary: 'This point lies on the boundary of: {names}.',
    resultNotCovered: 'No partnership covers this point.',
    resultNearest: 'Nearest partnership: {name}, {distance} away.',
    showPartnership: 'Show: {name}',
    yourPoint: 'Chosen point',
    searching: 'Searching…',
    notFound: 'Not found: {q}.',
    didYouMean: 'Did you mean: {names}?',
    addressAmbiguous: '"{q}": several streets have this name ({names}). Pick the street from the suggestions or add the postcode.',
    addressAmbiguousPick: '"{q}": several streets have this name. Which one do you mean?',
    addressNoPartnership: 'No partnership covers the address: {q}.',
    addressNoData: 'We do not know which partnership covers the address: {q}.',
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
