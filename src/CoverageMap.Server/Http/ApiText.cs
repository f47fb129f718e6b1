using System.Globalization;

namespace CoverageMap.Server.Http;

/// <summary>Every message a client can see, in Polish and English. Stateless.</summary>
internal static class ApiText
{
    public static string Pick(ApiLanguage lang, string pl, string en) => lang == ApiLanguage.En ? en : pl;

    public static string ValidationTitle(ApiLanguage lang) =>
        Pick(lang, "Nieprawidłowe dane wejściowe", "Invalid input");

    /// <summary>A sentence a person can act on: names the field, the value and what is wrong.</summary>
    public static string Describe(FieldError e, ApiLanguage lang) => e.Kind switch
    {
        FieldErrorKind.Missing => Pick(lang,
            $"Brak wartości pola „{e.Field}”.",
            $"The field '{e.Field}' is missing or empty."),
        FieldErrorKind.NotANumber => Pick(lang,
            $"Pole „{e.Field}” ma wartość „{e.Value}”, która nie jest liczbą (np. 52.2297 lub 52,2297).",
            $"The field '{e.Field}' is '{e.Value}', which is not a number (e.g. 52.2297)."),
        FieldErrorKind.NotFinite => Pick(lang,
            $"Pole „{e.Field}” ma wartość „{e.Value}”, która nie jest skończoną liczbą.",
            $"The field '{e.Field}' is '{e.Value}', which is not a finite number."),
        FieldErrorKind.OutOfRange => Pick(lang,
            $"Pole „{e.Field}” ma wartość {e.Value} spoza zakresu {e.Detail}.",
            $"The field '{e.Field}' is {e.Value}, outside the range {e.Detail}."),
        FieldErrorKind.LooksSwapped => Pick(lang,
            $"Szerokość i długość geograficzna wyglądają na zamienione ({e.Detail}): w Polsce szerokość (lat) wynosi ok. 49–55, a długość (lon) ok. 14–24. Zamień wartości miejscami.",
            $"Latitude and longitude look swapped ({e.Detail}): in Poland latitude (lat) is about 49–55 and longitude (lon) about 14–24. Swap the values."),
        FieldErrorKind.UnsupportedSrid => Pick(lang,
            $"Pole „{e.Field}” ma wartość „{e.Value}”; obsługiwane układy to 4326 (WGS 84), 2180 (PUWG 1992) i 2178 (CS2000 strefa 7).",
            $"The field '{e.Field}' is '{e.Value}'; supported systems are 4326 (WGS 84), 2180 (PUWG 1992) and 2178 (CS2000 zone 7)."),
        FieldErrorKind.OutsideGrid => Pick(lang,
            $"Pole „{e.Field}” ma wartość {e.Value} spoza obszaru układu ({e.Detail}). Uwaga: x to współrzędna wschodnia (easting), y — północna (northing).",
            $"The field '{e.Field}' is {e.Value}, outside the coordinate system's area ({e.Detail}). Note: x is the easting and y the northing."),
        FieldErrorKind.BothCoordinateForms => Pick(lang,
            $"Podaj albo lat i lon, albo x, y i srid — nie oba naraz (pole „{e.Field}”).",
            $"Give either lat and lon, or x, y and srid — not both (field '{e.Field}')."),
        FieldErrorKind.NotAnInteger => Pick(lang,
            $"Pole „{e.Field}” ma wartość „{e.Value}”; oczekiwano liczby całkowitej {e.Detail}.",
            $"The field '{e.Field}' is '{e.Value}'; expected a whole number {e.Detail}."),
        FieldErrorKind.TooLong => Pick(lang,
            $"Pole „{e.Field}” jest za długie: {e.Value} znaków, dozwolone najwyżej {e.Detail}.",
            $"The field '{e.Field}' is too long: {e.Value} characters, at most {e.Detail} allowed."),
        FieldErrorKind.NoAddressOrPoint => Pick(lang,
            $"Wiersz nie ma ani adresu, ani współrzędnych: wypełnij pole „{e.Field}” albo {e.Detail}.",
            $"The row has neither an address nor coordinates: fill in '{e.Field}' or {e.Detail}."),
        _ => e.Kind.ToString(),
    };

    public static string NotFound(ApiLanguage lang, string what, string id) => what switch
    {
        "area" => Pick(lang, $"Nie ma obszaru partnerstwa o identyfikatorze „{id}”.", $"There is no area for the partnership with the id '{id}'."),
        "street" => Pick(lang,
            $"Nie ma ulicy o identyfikatorze „{id}” w rejestrze ulic Warszawy. Identyfikatory podaje /api/streets?q=.",
            $"There is no street with the id '{id}' in the Warsaw street register. /api/streets?q= gives the ids."),
        _ => Pick(lang, $"Nie ma partnerstwa o identyfikatorze „{id}”.", $"There is no partnership with the id '{id}'."),
    };

    /// <summary>Street coverage: the network lacks the street.</summary>
    public static string StreetNotInNetwork(ApiLanguage lang, string street) => Pick(lang,
        $"Nie wiemy, którędy biegnie {street}: sieć ulic serwera jej nie zawiera, więc nie wiadomo, przez które obszary przechodzi.",
        $"We do not know where {street} runs: the server's street network lacks it, so the areas it runs through are unknown.");

    /// <summary>Street coverage: several register streets share the name and the network cannot tell them apart.</summary>
    public static string StreetNameShared(ApiLanguage lang, string street, int count) => Pick(lang,
        $"Nie wiemy, którędy biegnie {street}: {count} ulice w Warszawie noszą tę nazwę, a sieć ulic ich nie rozróżnia.",
        $"We do not know where {street} runs: {count} Warsaw streets share its name and the street network cannot tell them apart.");

    /// <summary>Street coverage: the street runs through no area.</summary>
    public static string StreetInNoArea(ApiLanguage lang, string street) => Pick(lang,
        $"{street} nie przebiega przez obszar żadnego partnerstwa.",
        $"{street} runs through no partnership's area.");

    /// <summary>Street coverage: the street runs through (and not along) these areas.</summary>
    public static string StreetThroughAreas(ApiLanguage lang, string street, IReadOnlyList<string> names) => Pick(lang,
        names.Count == 1 ? $"{street} leży w obszarze partnerstwa {names[0]}." : $"{street} przebiega przez obszary partnerstw: {string.Join(", ", names)}; o przynależności domu decyduje jego numer.",
        names.Count == 1 ? $"{street} lies in the area of {names[0]}." : $"{street} runs through the areas of {string.Join(", ", names)}; the house number decides.");

    /// <summary>Street coverage: a border street.</summary>
    public static string StreetAlongBorder(ApiLanguage lang, string street, IReadOnlyList<string> names) => Pick(lang,
        $"{street} biegnie wzdłuż granicy obszaru ({string.Join(", ", names)}): o przynależności domu decyduje strona ulicy.",
        $"{street} runs along an area's border ({string.Join(", ", names)}): the side of the street decides which partnership a house belongs to.");

    /// <summary>/healthz when there is no dataset with areas to serve.</summary>
    public static string NothingToServe(ApiLanguage lang, bool geodataRefused) => Pick(lang,
        "Serwer nie ma danych do udostępnienia: żadna wersja z obszarami nie jest aktywna" + (geodataRefused ? ", a folder geodata nie przeszedł walidacji (geodataProblems)." : "."),
        "The server has nothing to serve: no version with areas is active" + (geodataRefused ? ", and the geodata folder failed validation (geodataProblems)." : "."));

    public static string NotFoundTitle(ApiLanguage lang) => Pick(lang, "Nie znaleziono", "Not found");

    public static string TooManyRows(ApiLanguage lang, int limit) => Pick(lang,
        $"Za dużo wierszy: limit to {limit.ToString("N0", CultureInfo.InvariantCulture)} na jedno żądanie. Podziel plik na mniejsze części.",
        $"Too many rows: the limit is {limit.ToString("N0", CultureInfo.InvariantCulture)} per request. Split the file into smaller parts.");

    public static string BodyTooLarge(ApiLanguage lang, long limit) => Pick(lang,
        $"Treść żądania przekracza limit {limit.ToString(CultureInfo.InvariantCulture)} bajtów. Podziel plik na mniejsze części.",
        $"The request body exceeds the limit of {limit.ToString(CultureInfo.InvariantCulture)} bytes. Split the file into smaller parts.");

    public static string TooLargeTitle(ApiLanguage lang) => Pick(lang, "Za duże żądanie", "Request too large");

    public static string UnsupportedMediaType(ApiLanguage lang, string? got) => Pick(lang,
        $"Nieobsługiwany typ treści „{got}”. Wyślij application/json (tablica punktów) lub text/csv, application/csv albo text/plain (z wierszem nagłówka).",
        $"Unsupported content type '{got}'. Send application/json (an array of points) or text/csv, application/csv or text/plain (with a header row).");

    public static string UnsupportedCharset(ApiLanguage lang, string charset, IReadOnlyList<string> supported) => Pick(lang,
        $"Nieobsługiwane kodowanie znaków „{charset}”. Obsługiwane: {string.Join(", ", supported)}.",
        $"Unsupported charset '{charset}'. Supported: {string.Join(", ", supported)}.");

    public static string BodyIncomplete(ApiLanguage lang) => Pick(lang,
        "Treść żądania urwała się przed końcem (połączenie zostało przerwane). Wyślij dane ponownie.",
        "The request body ended early (the connection was cut). Send the data again.");

    public static string MalformedTitle(ApiLanguage lang) => Pick(lang, "Błąd składni danych wsadowych", "Malformed batch input");

    public static string MalformedJson(ApiLanguage lang, int row, long line, long column) => Pick(lang,
        $"Niepoprawny JSON przy wierszu (elemencie tablicy) {row}, linia {line}, pozycja {column}. Oczekiwano tablicy obiektów, np. [{{\"lat\": 52.23, \"lon\": 21.01}}].",
        $"Malformed JSON at row (array element) {row}, line {line}, position {column}. Expected an array of objects, e.g. [{{\"lat\": 52.23, \"lon\": 21.01}}].");

    public static string JsonNotUnicode(ApiLanguage lang, int row, string? field) => Pick(lang,
        $"Wiersz {row}: {(field is null ? "nazwa pola" : $"pole „{field}”")} zawiera tekst, który nie jest poprawnym Unicode (błędne bajty UTF-8 albo samotny surogat, np. \\ud800). Zapisz plik jako UTF-8.",
        $"Row {row}: {(field is null ? "a property name" : $"the field '{field}'")} holds text that is not valid Unicode (invalid UTF-8 bytes or a lone surrogate such as \\ud800). Save the file as UTF-8.");

    public static string FieldTooLong(ApiLanguage lang, int row, string? field, int limit) => Pick(lang,
        $"Wiersz {row}: {(field is null ? "wartość" : $"pole „{field}”")} ma więcej niż {limit.ToString(CultureInfo.InvariantCulture)} znaków; tak długich pól nie przyjmujemy.",
        $"Row {row}: {(field is null ? "a value" : $"the field '{field}'")} is longer than {limit.ToString(CultureInfo.InvariantCulture)} characters; fields that long are not accepted.");

    public static string JsonRowNotObject(ApiLanguage lang, int row) => Pick(lang,
        $"Wiersz {row} nie jest obiektem JSON; oczekiwano np. {{\"lat\": 52.23, \"lon\": 21.01}}.",
        $"Row {row} is not a JSON object; expected e.g. {{\"lat\": 52.23, \"lon\": 21.01}}.");

    public static string MalformedCsv(ApiLanguage lang, int row, long line) => Pick(lang,
        $"Niepoprawny CSV w linii {line} (wiersz danych {row}): błędny cudzysłów lub niedomknięte pole.",
        $"Malformed CSV at line {line} (data row {row}): a stray or unterminated quote.");

    public static string CsvHeader(ApiLanguage lang, string header) => Pick(lang,
        $"Wiersz nagłówka CSV („{header}”) musi zawierać kolumny lat i lon (albo szerokosc i dlugosc) albo x, y i srid, albo kolumnę adres, albo kolumny ulica i numer; opcjonalnie id i dzielnica.",
        $"The CSV header row ('{header}') must name the columns lat and lon (or szerokosc and dlugosc) or x, y and srid, or an address column (adres), or the columns ulica and numer (street and number); optionally id and district.");

    /// <summary>The message of a batch address row that got no answer (status unparseable, ambiguousStreet, streetNotFound or noData).</summary>
    public static string AddressProblem(ApiLanguage lang, string status, string address, IReadOnlyList<string> alternatives, string english) => status switch
    {
        "unparseable" => Pick(lang, $"Nie rozpoznano adresu „{address}”: podaj ulicę i numer domu, np. „Słowackiego 12A”.", english),
        "ambiguousStreet" => Pick(lang,
            $"„{address}”: ta nazwa pasuje do {alternatives.Count} ulic ({string.Join(", ", alternatives)}). Dopisz dzielnicę (kolumna dzielnica) albo kod pocztowy.",
            english),
        "streetNotFound" => Pick(lang,
            $"Nie znaleziono w Warszawie ulicy z adresu „{address}”." + (alternatives.Count > 0 ? $" Czy chodziło o: {string.Join(", ", alternatives)}?" : ""),
            english),
        _ => Pick(lang,
            $"„{address}”: ani reguła, ani punkt adresowy, ani przebieg ulicy w sieci ulic nie wskazują partnerstwa; nie wiadomo, gdzie leży ten adres.",
            english),
    };

    public static string TooManyRequests(ApiLanguage lang, int? retryAfterSeconds) => Pick(lang,
        $"Za dużo zapytań z tego adresu. Spróbuj ponownie za {retryAfterSeconds ?? 1} s albo użyj /api/lookup/batch.",
        $"Too many requests from this address. Try again in {retryAfterSeconds ?? 1} s or use /api/lookup/batch.");

    public static string TooManyRequestsTitle(ApiLanguage lang) => Pick(lang, "Za dużo zapytań", "Too many requests");

    /// <summary>Titles for problems the framework creates (status code pages), by status code.</summary>
    public static string? StatusTitle(ApiLanguage lang, int status) => status switch
    {
        400 => Pick(lang, "Nieprawidłowe żądanie", "Bad request"),
        404 => NotFoundTitle(lang),
        405 => Pick(lang, "Niedozwolona metoda", "Method not allowed"),
        406 => Pick(lang, "Nieakceptowalny format odpowiedzi", "Not acceptable"),
        408 => Pick(lang, "Przekroczony czas żądania", "Request timeout"),
        411 => Pick(lang, "Brak długości treści", "Length required"),
        413 => TooLargeTitle(lang),
        414 => Pick(lang, "Za długi adres", "URI too long"),
        415 => Pick(lang, "Nieobsługiwany typ treści", "Unsupported media type"),
        429 => TooManyRequestsTitle(lang),
        431 => Pick(lang, "Za duże nagłówki żądania", "Request header fields too large"),
        500 => Pick(lang, "Błąd serwera", "Server error"),
        503 => Pick(lang, "Usługa niedostępna", "Service unavailable"),
        _ => null,
    };

    /// <summary>The detail of a problem the framework or the server's limits create, by status code: what to do about it.</summary>
    public static string StatusDetail(ApiLanguage lang, int status, string method, string path, string allow, string? contentType)
    {
        var shownPath = path.Length <= 100 ? path : path[..100] + "…";
        return status switch
        {
            404 => Pick(lang,
                $"Pod adresem „{shownPath}” nic nie ma. Spis operacji API: /docs (dokument OpenAPI: /openapi/v1.json).",
                $"Nothing is at '{shownPath}'. The API's operations are listed at /docs (OpenAPI document: /openapi/v1.json)."),
            405 => Pick(lang,
                $"Metoda {method} nie jest dozwolona dla „{shownPath}”" + (allow.Length > 0 ? $"; dozwolone: {allow}." : "."),
                $"The method {method} is not allowed for '{shownPath}'" + (allow.Length > 0 ? $"; allowed: {allow}." : ".")),
            413 => Pick(lang, "Treść żądania jest za duża. Podziel dane na mniejsze części.", "The request body is too large. Split the data into smaller parts."),
            414 => Pick(lang,
                $"Adres (ścieżka i zapytanie) jest dłuższy niż {Middle(8 * 1024)} znaków. Wyślij dużo danych jako POST /api/lookup/batch.",
                $"The address (path and query) is longer than {Middle(8 * 1024)} characters. Send large inputs as POST /api/lookup/batch."),
            415 => UnsupportedMediaType(lang, contentType),
            431 => Pick(lang,
                $"Nagłówki żądania są za duże (limit: {Middle(32 * 1024)} bajtów i 100 nagłówków).",
                $"The request's headers are too large (the limit is {Middle(32 * 1024)} bytes and 100 headers)."),
            429 => TooManyRequests(lang, null),
            >= 500 => Pick(lang,
                "Serwer nie mógł odpowiedzieć na to żądanie. Spróbuj ponownie; jeśli błąd się powtarza, zgłoś go administratorowi.",
                "The server could not answer this request. Try again; if it keeps failing, tell the administrator."),
            _ => Pick(lang,
                "Żądanie jest nieprawidłowe i nie może zostać obsłużone. Opis API: /docs.",
                "The request is malformed and cannot be served. The API is described at /docs."),
        };
    }

    private static string Middle(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
