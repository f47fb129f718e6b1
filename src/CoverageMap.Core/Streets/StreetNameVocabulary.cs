using System.Collections.Frozen;

namespace CoverageMap.Core.Streets;

/// <summary>
/// The words the street-name normaliser knows: street types, ranks and titles, Polish given names (genitive,
/// the form street names use) and the few aliases. All words are folded (lower case, no diacritics, no dots).
/// Thread-safe and immutable.
/// </summary>
internal static class StreetNameVocabulary
{
    /// <summary>Type words (nominative, genitive, abbreviated) → canonical folded type.</summary>
    public static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["ul"] = "ulica", ["ulica"] = "ulica", ["ulicy"] = "ulica", ["ulic"] = "ulica",
        ["al"] = "aleja", ["aleja"] = "aleja", ["alei"] = "aleja", ["aleje"] = "aleja", ["alej"] = "aleja", ["aleji"] = "aleja",
        ["pl"] = "plac", ["plac"] = "plac", ["placu"] = "plac",
        ["rondo"] = "rondo", ["ronda"] = "rondo", ["rondzie"] = "rondo",
        ["skwer"] = "skwer", ["skweru"] = "skwer",
        ["most"] = "most", ["mostu"] = "most",
        ["park"] = "park", ["parku"] = "park",
        ["trasa"] = "trasa", ["trasy"] = "trasa", ["trasie"] = "trasa",
        ["bulwar"] = "bulwar", ["bulw"] = "bulwar",
        ["pasaz"] = "pasaz", ["alejka"] = "alejka", ["rynek"] = "rynek", ["trakt"] = "trakt", ["szosa"] = "szosa",
        ["osiedle"] = "osiedle", ["os"] = "osiedle", ["dreptak"] = "dreptak", ["miedzymurze"] = "miedzymurze",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Ranks and titles, abbreviated or full (folded) → the abbreviation used in short names. A title that has no
    /// customary abbreviation maps to itself.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["gen"] = "gen.", ["generala"] = "gen.", ["general"] = "gen.",
        ["ks"] = "ks.", ["ksiedza"] = "ks.", ["ksiadz"] = "ks.",
        ["sw"] = "św.", ["swietego"] = "św.", ["swietej"] = "św.", ["swietych"] = "św.",
        ["bl"] = "bł.", ["blogoslawionego"] = "bł.", ["blogoslawionej"] = "bł.",
        ["marsz"] = "marsz.", ["marszalka"] = "marsz.",
        ["plk"] = "płk.", ["pulkownika"] = "płk.", ["pplk"] = "ppłk.", ["podpulkownika"] = "ppłk.",
        ["kard"] = "kard.", ["kardynala"] = "kard.",
        ["abp"] = "abp.", ["arcybiskupa"] = "abp.", ["bp"] = "bp.", ["biskupa"] = "bp.",
        ["prof"] = "prof.", ["profesora"] = "prof.",
        ["dr"] = "dr", ["doktora"] = "dr",
        ["inz"] = "inż.", ["inzyniera"] = "inż.",
        ["hm"] = "hm.", ["harcmistrza"] = "hm.", ["phm"] = "phm.",
        ["kpt"] = "kpt.", ["kapitana"] = "kpt.",
        ["por"] = "por.", ["porucznika"] = "por.", ["ppor"] = "ppor.", ["podporucznika"] = "ppor.",
        ["mjr"] = "mjr.", ["majora"] = "mjr.",
        ["rtm"] = "rtm.", ["rotmistrza"] = "rtm.",
        ["adm"] = "adm.", ["admirala"] = "adm.", ["kmdr"] = "kmdr.", ["komandora"] = "kmdr.",
        ["sierz"] = "sierż.", ["sierzanta"] = "sierż.",
        ["ojca"] = "o.", ["im"] = "im.", ["imienia"] = "im.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Polish and foreign given names in the genitive, as Warsaw street names use them. Leading given names are
    /// optional when matching (<c>Adama Mickiewicza</c> = <c>Mickiewicza</c>).
    /// </summary>
    public static readonly FrozenSet<string> GivenNames = new[]
    {
        "jana", "stanislawa", "jozefa", "wladyslawa", "aleksandra", "kazimierza", "stefana", "tadeusza", "antoniego",
        "henryka", "franciszka", "ludwika", "jerzego", "karola", "mariana", "adama", "zygmunta", "juliana", "michala",
        "waclawa", "piotra", "mikolaja", "mieczyslawa", "ignacego", "boleslawa", "wojciecha", "krzysztofa", "edwarda",
        "andrzeja", "romana", "eugeniusza", "witolda", "pawla", "marcina", "bronislawa", "wlodzimierza", "wincentego",
        "juliusza", "czeslawa", "zbigniewa", "leona", "gustawa", "romualda", "janusza", "emila", "cypriana", "lukasza",
        "zdzislawa", "tomasza", "teofila", "szymona", "oskara", "macieja", "leopolda", "kajetana", "jakuba",
        "grzegorza", "gabriela", "fryderyka", "benedykta", "artura", "adolfa", "wiktora", "wawrzynca", "walerego",
        "thomasa", "teodora", "seweryna", "samuela", "maksymiliana", "lucjana", "leszka", "ksawerego", "konstantego",
        "jamesa", "jacka", "feliksa", "erazma", "emanuela", "edmunda", "brunona", "bartosza", "augustyna", "augusta",
        "floriana", "williama", "rafala", "ryszarda", "marka", "bogumila", "bohdana", "bernarda", "alberta", "alfreda",
        "albina", "alojzego", "arnolda", "ernesta", "dominika", "zenona", "waleriana", "walentego", "hipolita",
        "hilarego", "konrada", "kornela", "joachima", "jaroslawa", "johna", "ronalda", "przemyslawa", "norberta",
        "sebastiana", "wilhelma", "maurycego", "melchiora", "leonarda", "dionizego", "eustachego", "ferdynanda",
        "dymitra", "jonasza", "kacpra", "anastazego", "tytusa", "honoriusza", "hugona", "michaela", "daniela",
        "dawida", "filipa", "mateusza", "radoslawa", "slawomira", "tymoteusza", "wieslawa", "arkadiusza", "mariusza",
        "dariusza", "ireneusza", "olgierda", "kamila", "lecha", "bogdana", "mirona", "wojciecha", "klemensa",
        "zygfryda", "woodrowa", "leslawa", "ludomila", "meriana", "caldwella", "felicjana", "slawoja", "sylwestra", "teofila",
        "marii", "heleny", "elzbiety", "anny", "zofii", "wandy", "jadwigi", "ireny", "haliny", "barbary", "krystyny",
        "danuty", "emilii", "elizy", "wiktorii", "stefanii", "natalii", "olgi", "ludwiki", "lucyny", "justyny",
        "anieli", "aleksandry", "doroty", "beaty", "teresy", "jozefy", "agnieszki", "magdaleny", "katarzyny", "ewy",
        "marty", "grazyny", "klementyny", "gabrieli", "mieczyslawy", "janiny", "kazimiery", "wladyslawy",
        "stanislawy", "bozeny", "urszuli", "cecylii", "agaty", "joanny", "malgorzaty", "zuzanny", "weroniki",
        "izabeli", "konstancji", "leokadii", "genowefy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whole-core aliases (folded): the abbreviation <c>AK</c> names Armia Krajowa.</summary>
    public static readonly FrozenDictionary<string, string> CoreAliases = new Dictionary<string, string>
    {
        ["ak"] = "armii krajowej", ["ken"] = "komisji edukacji narodowej",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Word abbreviations inside names (folded) → full word.</summary>
    public static readonly FrozenDictionary<string, string> WordAbbreviations = new Dictionary<string, string>
    {
        ["wybrz"] = "wybrzeze", ["wyb"] = "wybrzeze",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True for a Roman numeral token such as <c>ii</c>, <c>iii</c>, <c>xii</c>.</summary>
    public static bool IsRomanNumeral(string token)
    {
        if (token.Length == 0 || token.Length > 5) return false;
        foreach (var c in token)
            if (c is not ('i' or 'v' or 'x')) return false;
        return true;
    }

    /// <summary>
    /// True for an abbreviated given name: a single-letter initial (<see cref="IsInitial"/>) or one of the Polish
    /// two-letter ones (<c>Ch.</c>, <c>Cz.</c>, <c>Sz.</c>, <c>St.</c>, <c>Wł.</c>, <c>Zb.</c>, folded).
    /// </summary>
    public static bool IsAbbreviatedName(string token) => IsInitial(token) || DigraphInitials.Contains(token);

    /// <summary>
    /// True for a word a person may leave out before a surname: a given name, an initial or a genitive-looking word
    /// (ending in <c>-a</c>, <c>-y</c>, <c>-i</c>, <c>-ej</c>, <c>-ego</c>: <c>Poli</c>, <c>Mahatmy</c>,
    /// <c>Rabindranatha</c>), but not a nominative head such as <c>Wybrzeże</c> or <c>Krakowskie</c>.
    /// </summary>
    public static bool IsOmissibleBeforeSurname(string word) =>
        GivenNames.Contains(word) || IsAbbreviatedName(word) || word == "i" ||
        (word.Length >= 3 && word[^1] is 'a' or 'y' or 'i' or 'j' or 'o' && !char.IsAsciiDigit(word[0]) && !Prepositions.Contains(word));

    private static readonly FrozenSet<string> DigraphInitials =
        new[] { "ch", "cz", "sz", "st", "wl", "zb" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions that open street names (<c>Przy Agorze</c>, <c>Pod Strzechą</c>): never left out.</summary>
    private static readonly FrozenSet<string> Prepositions =
        new[] { "przy", "pod", "nad", "przed", "za", "na", "do", "od", "po", "ku", "ponad", "wzdluz", "obok", "przez" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a single-letter initial (<c>J.</c> folded to <c>j</c>); <c>i</c>, <c>v</c>, <c>x</c> are Roman numerals.</summary>
    public static bool IsInitial(string token) =>
        token.Length == 1 && char.IsAsciiLetterLower(token[0]) && token[0] is not ('i' or 'v' or 'x');
}
