namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// Word lists the synthetic corpus draws from: newsroom vocabulary, so that quotes, names and
/// places have the lengths and characters of real articles (including accented letters, which
/// the .claims writer sometimes writes as <c>\u</c> escapes).
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Words =
    {
        "the", "government", "said", "will", "not", "allow", "any", "further", "delay", "in", "talks", "with",
        "our", "partners", "and", "we", "expect", "a", "response", "by", "end", "of", "week", "minister",
        "officials", "have", "been", "working", "on", "plan", "for", "months", "there", "is", "no", "evidence",
        "that", "troops", "crossed", "border", "ceasefire", "holds", "despite", "reports", "shelling", "near",
        "city", "humanitarian", "aid", "convoys", "reached", "eastern", "districts", "this", "morning", "more",
        "than", "thousand", "people", "were", "evacuated", "since", "Monday", "according", "to", "figures",
        "released", "ministry", "budget", "deficit", "fell", "percent", "last", "year", "unemployment", "rose",
        "highest", "level", "decade", "prices", "doubled", "spending", "health", "care", "schools", "taxes",
        "every", "family", "pays", "less", "today", "it", "was", "never", "about", "money", "law", "protects",
        "workers", "voters", "deserve", "truth", "election", "was", "stolen", "from", "them", "ballots", "counted",
        "twice", "court", "ruled", "against", "measure", "vaccine", "safe", "effective", "hospital", "beds",
        "shortage", "crisis", "under", "control", "negotiations", "resume", "after", "summit", "sanctions",
        "lifted", "imports", "exports", "grew", "faster", "any", "other", "country", "region", "climate",
        "emissions", "cut", "half", "new", "jobs", "created", "factory", "closed", "refugees", "camps",
        "overcrowded", "water", "supply", "restored", "power", "grid", "attack", "targeted", "civilians",
        "military", "denies", "involvement", "investigation", "underway", "police", "arrested", "suspects",
        "accused", "corruption", "scandal", "resign", "immediately", "party", "leader", "promised", "reform",
        "pension", "age", "raised", "opposition", "rejects", "proposal", "parliament", "vote", "next", "month",
        "could", "would", "should", "must", "has", "had", "be", "are", "is", "an", "as", "at", "or", "if",
        "because", "while", "although", "only", "also", "still", "already", "clearly", "fully", "entirely",
        "record", "low", "high", "growth", "inflation", "interest", "rates", "bank", "central", "economy",
        "crime", "fallen", "streets", "safer", "border", "wall", "built", "paid", "immigrants", "illegal",
        "million", "billion", "dollars", "euros", "pounds", "hundred", "thousands", "dozens", "several",
        "Aleppo", "Moscow", "Geneva", "Brussels", "Kyiv", "Ankara", "Damascus", "Washington", "Paris", "Berlin",
        "São", "Paulo", "Zürich", "Montréal", "Bogotá", "Kraków", "Reykjavík", "Düsseldorf", "café", "résumé",
    };

    public static readonly string[] Places =
    {
        "Aleppo", "Moscow", "Geneva", "Brussels", "Kyiv", "Ankara", "Damascus", "Washington", "Paris", "Berlin",
        "São Paulo", "Zürich", "Montréal", "Bogotá", "Kraków", "Reykjavík", "Düsseldorf", "the capital",
    };

    public static readonly string[] FirstNames =
    {
        "Anna", "Igor", "Jean-Marc", "Sergey", "Maria", "José", "Fatima", "Ahmed", "Li", "Wei", "Olga", "Hélène",
        "Karim", "Sofia", "Björn", "Zoë", "Nikolai", "Amélie", "Rafael", "Chiara", "Tomasz", "Ayşe", "Kwame",
        "Priya", "Daniel", "Laura", "Radina", "Hiroshi", "Yusuf", "Ingrid", "Mateo", "Nadia", "Pedro", "Lucía",
    };

    public static readonly string[] Surnames =
    {
        "Ayrault", "Lavrov", "Konashenkov", "Smith-Spark", "Gigova", "Moreau", "Petrov", "García", "Müller",
        "Kowalski", "Haddad", "Nakamura", "Okafor", "Novak", "Rossi", "Dubois", "Ivanova", "Fernández", "Jensen",
        "Yilmaz", "Mensah", "Sharma", "Chen", "Wang", "Schmidt", "Lefèvre", "O'Brien", "Andersson", "Costa",
        "Silva", "Kim", "Park", "Nguyen", "Hassan", "Cohen", "Levi", "Popescu", "Horváth", "Dimitrov", "Murphy",
    };

    public static readonly string[] Outlets =
    {
        "CNN", "The Daily Ledger", "Morning Herald", "Le Quotidien", "Evening Standard-Post", "Global Wire Review",
        "The Northern Courier", "Radio Free Valley", "El Diario Nacional", "Die Tageszeitung", "Metro Times",
    };

    public static readonly string[] Agencies =
    {
        "Tass", "Interfax", "Reuters", "Associated Press", "Agence France-Presse", "Anadolu", "Xinhua", "EFE",
        "ANSA", "dpa", "Kyodo", "Press Trust of India", "Yonhap",
    };

    public static readonly string[] AgencyNotes =
    {
        "state-run news agency", "independent wire service", "the article calls it a state-run news agency (Russian)",
        "national news agency; the article cites its English-language service", "wire service quoted without a byline",
    };

    public static readonly string[] Countries =
    {
        "France", "Russia", "Syria", "Turkey", "Germany", "Brazil", "Nigeria", "India", "Japan", "Ukraine",
        "Poland", "Mexico", "Canada", "Egypt", "Kenya", "Spain", "Italy", "Sweden", "Colombia", "Indonesia",
    };

    public static readonly string[] Ministries =
    {
        "Foreign Ministry", "Defense Ministry", "Ministry of Health", "Interior Ministry", "Finance Ministry",
        "Ministry of Energy", "Ministry of Education", "Ministry of Justice",
    };

    public static readonly string[] Roles =
    {
        "Foreign Minister", "Defense Ministry spokesman", "Health Minister", "deputy Interior Minister",
        "Finance Minister", "senior adviser to the president", "opposition leader", "mayor of the capital",
        "chief economist", "head of the electoral commission", "government spokeswoman", "army general",
    };

    public static readonly string[] GroupNames =
    {
        "a senior official", "a UK-based monitoring group", "state media", "diplomatic sources",
        "officials familiar with the talks", "a person close to the negotiations", "local residents",
        "a military source", "two people briefed on the matter", "aid workers in the area",
    };

    public static readonly string[] UnnamedReasons =
    {
        "not authorised to speak publicly", "the article does not name the group", "spoke on condition of anonymity",
        "the article does not name the outlet", "for fear of reprisals", "ordinary residents; the article gives no names",
    };

    public static readonly string[] Audiences =
    {
        "reporters", "parliament", "a rally of supporters", "the UN Security Council", "state television",
        "a news conference", "students at the university",
    };

    public static readonly string[] Contexts =
    {
        "joint press conference with his counterpart", "a ministry statement", "an interview on state television",
        "a campaign rally", "a post on social media", "remarks to parliament", "a written answer to questions",
        "a briefing for foreign journalists", "a televised debate", "a speech at the summit",
    };

    public static readonly string[] VaguePhrases =
    {
        "earlier this year", "last week", "in the spring", "recently", "earlier this month", "at the weekend",
        "late last year",
    };

    public static readonly string[] Tags =
    {
        "aleppo", "syria", "russia", "france", "un", "economy", "health", "elections", "climate", "migration",
        "crime", "budget", "energy", "war", "diplomacy", "vaccines", "taxes", "jobs",
    };

    public static readonly string[] Domains =
    {
        "www.un.org", "data.worldbank.org", "www.who.int", "ec.europa.eu", "www.imf.org", "www.oecd.org",
        "archive.example-news.com", "www.ons.gov.uk", "www.bls.gov", "stats.example.org",
    };

    public static readonly string[] Comments =
    {
        "the article does not say where", "read as part of the agency report", "same press conference as above",
        "date from the article's dateline", "the quote is split over two paragraphs in the article",
        "checked against the ministry's own statement", "the speaker is identified only later in the article",
        "the desk should confirm the date with the outlet", "weekday resolves against the publication date",
    };
}
