// Every string of the page's interface, in Polish (the default) and English, with Polish plurals (plural()). Data
// (names, members, the partnership's own words) is shown as the registry gives it; the sentences around it — the
// answer's heading, the provenance, what to do when a contact is missing — come from here.

const dictionary = {
  pl: {
    title: 'Partnerstwa lokalne w Warszawie',
    subtitle: 'Sprawdź, które partnerstwo działa pod Twoim adresem',
    otherLanguage: 'English',
    otherLanguageLabel: 'Switch to English',
    searchLabel: 'Ulica, adres lub współrzędne',
    searchPlaceholder: 'np. Słowackiego 5 albo 52.27, 20.98',
    searchButton: 'Szukaj',
    locate: 'Moja lokalizacja',
    embed: 'Osadź mapę',
    openFullMap: 'Otwórz pełną mapę',
    legend: 'Partnerstwa',
    legendNoArea: 'brak obszaru na mapie',
    mapLabel: 'Mapa obszarów partnerstw lokalnych',
    areaLabel: '{name}: pokaż szczegóły partnerstwa',
    close: 'Zamknij',
    district: 'Dzielnica',
    fullName: 'Pełna nazwa',
    formerNames: 'Dawne nazwy',
    founded: 'Data założenia',
    coordinator: 'Koordynator',
    initiators: 'Inicjatorzy',
    members: 'Członkowie',
    contact: 'Kontakt',
    about: 'O partnerstwie',
    provenance: 'Skąd ta granica',
    approximate: 'Granice przybliżone: mogą odbiegać od rzeczywistych o ok. {m} m.',
    accurate: 'Dokładność granic: ok. {m} m.',
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
    lookupFailed: 'Nie udało się sprawdzić punktu. Spróbuj ponownie.',
    loadFailed: 'Nie udało się wczytać obszarów partnerstw. Odśwież stronę.',
    basemapOffline: 'Podkład mapy niedostępny: widać obszary i ulice graniczne',
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
    zoomIn: 'Przybliż',
    zoomOut: 'Oddal',
    answerKicker: 'Odpowiedź',
    answerYours: 'Twoje partnerstwo',
    dependsSide: 'Zależy od strony ulicy: {names}',
    dependsNumber: 'Zależy od numeru: {names}',
    dependsBorder: 'Na granicy: {names}',
    dependsOther: 'Jedno z: {names}',
    orNone: 'żadne',
    answerNone: 'Tu nie działa żadne partnerstwo',
    answerUnknown: 'Nie wiemy — wskaż swój budynek na mapie',
    actionPointOnMap: 'Wskaż swój budynek na mapie',
    actionHouseNumber: 'Dopisz numer domu',
    pointHint: 'Dotknij swojego budynku na mapie: sprawdzimy ten punkt.',
    houseNumberHint: 'Dopisz numer domu po nazwie ulicy i wyszukaj ponownie.',
    aboutPartnership: 'O partnerstwie {name}',
    boundaryOwnWords: 'Granice w słowach partnerstwa',
    boundaryMsi: 'Granice osiedla (Miejski System Informacji)',
    neighbourhoods: 'Osiedla',
    activities: 'Działania',
    noContactCoordinator: 'Partnerstwo nie podaje adresu kontaktowego. Zapytaj koordynatora: {coordinator}.',
    noContactAtAll: 'Partnerstwo nie podaje adresu kontaktowego.',
    provenanceStreets: 'Granice wyznaczone z przebiegu ulic: {streets}',
    provenanceMsiStreets: 'Granice osiedla z Miejskiego Systemu Informacji, wyznaczone z przebiegu ulic: {streets}',
    provenanceAdded: '{street} (dodana: opis jej nie wymienia)',
    provenanceAccuracy: 'dokładność ok. {m} m',
    provenanceData: 'dane: {credits}',
    provenanceAsOf: 'stan ulic: {date}',
    emptySearch: 'Wpisz ulicę i numer domu (np. Słowackiego 5) albo współrzędne (np. 52.27, 20.98).',
    typeOnly: 'Po „{type}” wpisz nazwę ulicy i numer domu, np. {type} Słowackiego 5.',
    geoDenied: 'Nie pozwolono stronie poznać Twojej lokalizacji. Wpisz adres albo dotknij mapy.',
    geoPosition: 'Nie udało się ustalić Twojej lokalizacji. Wpisz adres albo dotknij mapy.',
    geoTimeout: 'Ustalanie lokalizacji trwało zbyt długo. Spróbuj ponownie albo wpisz adres.',
    locating: 'Ustalam lokalizację…',
    legendOthers: {
      one: '+ {n} inne partnerstwo na pełnej mapie',
      few: '+ {n} inne partnerstwa na pełnej mapie',
      many: '+ {n} innych partnerstw na pełnej mapie',
      other: '+ {n} innego partnerstwa na pełnej mapie',
    },
    checkList: 'Sprawdź listę adresów',
    checkListShort: 'Lista adresów',
    // The lists page (/lista).
    listsTitle: 'Sprawdź listę adresów',
    listsSubtitle: 'Które partnerstwo lokalne działa pod każdym adresem z Twojej listy',
    listsNavLabel: 'Nawigacja',
    listsMapLink: 'Mapa partnerstw',
    listsUploadTitle: 'Twój plik',
    listsIntro: 'Wyślij plik z Excela (XLSX) albo CSV. Do każdego wiersza dopiszemy cztery kolumny: Partnerstwo, Pewność, Podstawa i Uwagi. Wszystkie Twoje kolumny zostaną, w tej samej kolejności.',
    listsRuleHeader: 'Pierwszy wiersz pliku to nazwy kolumn. Kolumnę z adresem rozpoznamy po nazwie „Adres” albo „Ulica” i „Numer”; jeśli nie, wskażesz ją.',
    listsLimitsUnknown: 'Limity pliku: wczytuję…',
    listsLimits: 'W jednym pliku najwyżej {rows} i {mb} MB. Większą listę podziel na kilka plików.',
    listsRuleEncoding: 'CSV może być w UTF-8, Windows-1250 (zwykły „CSV” z polskiego Excela) albo ISO-8859-2, z separatorem „;” albo „,”. Wynik CSV dostaniesz w tym samym kodowaniu i z tym samym separatorem.',
    listsRulePrivacy: 'Plik nie jest zapisywany na serwerze: sprawdzamy go i od razu zapominamy.',
    listsFileLabel: 'Plik z listą adresów (CSV lub XLSX)',
    listsCheckButton: 'Sprawdź listę',
    listsNoFile: 'Najpierw wybierz plik z listą adresów.',
    listsUploading: 'Wysyłam plik: {percent}%',
    listsChecking: 'Sprawdzam adresy…',
    listsFailed: 'Nie udało się sprawdzić listy. Spróbuj ponownie.',
    listsColumnsTitle: 'Wskaż kolumnę z adresem',
    listsAddressSelect: 'Kolumna z adresem (albo z samą ulicą)',
    listsNumberSelect: 'Numer domu w osobnej kolumnie (jeśli jest)',
    listsNoNumberColumn: '— numer jest w kolumnie z adresem —',
    listsColumnsButton: 'Sprawdź z tymi kolumnami',
    listsResultTitle: 'Wynik',
    listsReadCsv: 'Plik „{file}”: {rows}. Odczytany jako CSV w kodowaniu {encoding}, separator „{separator}”. Adres z kolumny: {columns}.',
    listsReadXlsx: 'Plik „{file}”: {rows}. Odczytany jako skoroszyt Excela (XLSX). Adres z kolumny: {columns}.',
    listsEmptySkipped: 'Pominięte puste wiersze: {n}.',
    listsDownloadXlsx: 'Pobierz wynik (XLSX)',
    listsDownloadCsv: 'Pobierz wynik (CSV)',
    listsPreparing: 'Przygotowuję plik…',
    listsDownloaded: 'Pobrano plik „{file}”.',
    listsPerPartnership: 'Wiersze według partnerstwa',
    listsColumnPartnership: 'Partnerstwo',
    listsColumnRows: 'Wiersze',
    listsOutside: 'Poza obszarami partnerstw',
    listsNoneDefinite: 'Żaden wiersz nie ma jeszcze pewnej odpowiedzi.',
    listsAttentionNone: 'Żaden wiersz nie wymaga sprawdzenia.',
    listsAttention: {
      one: '{n} wiersz do sprawdzenia',
      few: '{n} wiersze do sprawdzenia',
      many: '{n} wierszy do sprawdzenia',
      other: '{n} wiersza do sprawdzenia',
    },
    listsRows: {
      one: '{n} wiersz',
      few: '{n} wiersze',
      many: '{n} wierszy',
      other: '{n} wiersza',
    },
    listsRowsTitle: 'Wiersze (najpierw te do sprawdzenia)',
    listsRowsShown: 'Pokazano {shown} z {all} wierszy. Wszystkie są w pobranym pliku, w kolejności z Twojego pliku.',
    listsRowsAll: 'Pobrany plik ma wszystkie wiersze, w kolejności z Twojego pliku.',
    listsColumnLine: 'Wiersz',
    listsColumnAddress: 'Adres',
    listsColumnCertainty: 'Pewność',
    listsColumnNotes: 'Uwagi',
  },
  en: {
    title: 'Local partnerships in Warsaw',
    subtitle: 'Find out which partnership serves your address',
    otherLanguage: 'Polski',
    otherLanguageLabel: 'Przełącz na polski',
    searchLabel: 'Street, address or coordinates',
    searchPlaceholder: 'e.g. Słowackiego 5 or 52.27, 20.98',
    searchButton: 'Search',
    locate: 'My location',
    embed: 'Embed map',
    openFullMap: 'Open the full map',
    legend: 'Partnerships',
    legendNoArea: 'no area on the map',
    mapLabel: 'Map of the local partnerships\u2019 areas',
    areaLabel: '{name}: show the partnership\u2019s details',
    close: 'Close',
    district: 'District',
    fullName: 'Full name',
    formerNames: 'Former names',
    founded: 'Founded',
    coordinator: 'Coordinator',
    initiators: 'Initiators',
    members: 'Members',
    contact: 'Contact',
    about: 'About',
    provenance: 'Where this boundary comes from',
    approximate: 'Approximate boundaries: they may be off by about {m} m.',
    accurate: 'Boundary accuracy: about {m} m.',
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
    lookupFailed: 'Could not check this point. Please try again.',
    loadFailed: 'Could not load the partnerships\u2019 areas. Please reload the page.',
    basemapOffline: 'Base map unavailable: areas and bounding streets shown',
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
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    answerKicker: 'Answer',
    answerYours: 'Your partnership',
    dependsSide: 'Depends on the side of the street: {names}',
    dependsNumber: 'Depends on the house number: {names}',
    dependsBorder: 'On the border: {names}',
    dependsOther: 'One of: {names}',
    orNone: 'none',
    answerNone: 'No partnership works here',
    answerUnknown: 'We don\u2019t know — point to your building on the map',
    actionPointOnMap: 'Point to your building on the map',
    actionHouseNumber: 'Add the house number',
    pointHint: 'Tap your building on the map: we will check that point.',
    houseNumberHint: 'Add the house number after the street\u2019s name and search again.',
    aboutPartnership: 'About {name}',
    boundaryOwnWords: 'The boundary in the partnership\u2019s words',
    boundaryMsi: 'The neighbourhood\u2019s boundary (the city\u2019s information system, MSI)',
    neighbourhoods: 'Neighbourhoods',
    activities: 'Activities',
    noContactCoordinator: 'The partnership gives no contact address. Ask its coordinator: {coordinator}.',
    noContactAtAll: 'The partnership gives no contact address.',
    provenanceStreets: 'Boundary drawn along the streets: {streets}',
    provenanceMsiStreets: 'The neighbourhood\u2019s boundary from the city\u2019s information system (MSI), drawn along the streets: {streets}',
    provenanceAdded: '{street} (added: the description does not name it)',
    provenanceAccuracy: 'accurate to about {m} m',
    provenanceData: 'data: {credits}',
    provenanceAsOf: 'streets as of {date}',
    emptySearch: 'Type a street and house number (e.g. Słowackiego 5) or coordinates (e.g. 52.27, 20.98).',
    typeOnly: 'After \u201c{type}\u201d type the street\u2019s name and house number, e.g. {type} Słowackiego 5.',
    geoDenied: 'The page was not allowed to know your location. Type an address or tap the map.',
    geoPosition: 'Your location could not be found. Type an address or tap the map.',
    geoTimeout: 'Finding your location took too long. Try again or type an address.',
    locating: 'Finding your location…',
    legendOthers: {
      one: '+ {n} other partnership on the full map',
      other: '+ {n} other partnerships on the full map',
    },
    checkList: 'Check a list of addresses',
    checkListShort: 'Address list',
    // The lists page (/lista).
    listsTitle: 'Check a list of addresses',
    listsSubtitle: 'Which local partnership works at each address of your list',
    listsNavLabel: 'Navigation',
    listsMapLink: 'Map of the partnerships',
    listsUploadTitle: 'Your file',
    listsIntro: 'Send a file from Excel (XLSX) or a CSV. Each row gets four columns: Partnership, Certainty, Basis and Notes. All your columns stay, in the same order.',
    listsRuleHeader: 'The first row of the file names the columns. The address column is recognised by the name "Adres"/"Address" or "Ulica"/"Street" and "Numer"/"Number"; otherwise you choose it.',
    listsLimitsUnknown: 'File limits: loading…',
    listsLimits: 'At most {rows} and {mb} MB in one file. Split a longer list into several files.',
    listsRuleEncoding: 'A CSV may be UTF-8, Windows-1250 (plain "CSV" from Polish Excel) or ISO-8859-2, separated by ";" or ",". The CSV result comes in the same encoding with the same separator.',
    listsRulePrivacy: 'The file is not stored on the server: it is checked and forgotten at once.',
    listsFileLabel: 'File with the list of addresses (CSV or XLSX)',
    listsCheckButton: 'Check the list',
    listsNoFile: 'First choose a file with a list of addresses.',
    listsUploading: 'Sending the file: {percent}%',
    listsChecking: 'Checking the addresses…',
    listsFailed: 'The list could not be checked. Please try again.',
    listsColumnsTitle: 'Choose the address column',
    listsAddressSelect: 'Column with the address (or with the street alone)',
    listsNumberSelect: 'House number in a separate column (if there is one)',
    listsNoNumberColumn: '— the number is in the address column —',
    listsColumnsButton: 'Check with these columns',
    listsResultTitle: 'Result',
    listsReadCsv: 'File "{file}": {rows}. Read as CSV in the encoding {encoding}, separator "{separator}". Address from the column: {columns}.',
    listsReadXlsx: 'File "{file}": {rows}. Read as an Excel workbook (XLSX). Address from the column: {columns}.',
    listsEmptySkipped: 'Empty rows left out: {n}.',
    listsDownloadXlsx: 'Download the result (XLSX)',
    listsDownloadCsv: 'Download the result (CSV)',
    listsPreparing: 'Preparing the file…',
    listsDownloaded: 'Downloaded "{file}".',
    listsPerPartnership: 'Rows per partnership',
    listsColumnPartnership: 'Partnership',
    listsColumnRows: 'Rows',
    listsOutside: 'Outside the partnerships\' areas',
    listsNoneDefinite: 'No row has a definite answer yet.',
    listsAttentionNone: 'No row needs checking.',
    listsAttention: {
      one: '{n} row to check',
      other: '{n} rows to check',
    },
    listsRows: {
      one: '{n} row',
      other: '{n} rows',
    },
    listsRowsTitle: 'Rows (those to check first)',
    listsRowsShown: 'Showing {shown} of {all} rows. All of them are in the downloaded file, in your file\'s order.',
    listsRowsAll: 'The downloaded file has every row, in your file\'s order.',
    listsColumnLine: 'Row',
    listsColumnAddress: 'Address',
    listsColumnCertainty: 'Certainty',
    listsColumnNotes: 'Notes',
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
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** The string for key, with {placeholders} replaced by values (as text). */
export function t(key, values = {}) {
  const template = dictionary[current][key] ?? dictionary.pl[key] ?? key;
  return fill(template, values);
}

/**
 * A sentence with a count, in the grammatical number the language wants for it (Polish: 1 partnerstwo,
 * 2 partnerstwa, 5 partnerstw); {n} is the count.
 */
export function plural(key, n, values = {}) {
  const forms = dictionary[current][key] ?? dictionary.pl[key];
  const category = new Intl.PluralRules(current).select(n);
  return fill(forms[category] ?? forms.other, { ...values, n });
}

function fill(template, values) {
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
