"""Word lists the quote extractor relies on: data, not code.

Kept deliberately small and boring: they name the closed classes of news
English (speech verbs, determiners, honorifics, role nouns, organisation
and place words).  Given names, used as a hint that a run of capitals is a
person and of the person's gender, come from gender-guesser's published
dictionary (:data:`FIRST_NAMES`, :data:`FIRST_NAMES_M`,
:data:`FIRST_NAMES_F`, loaded on first use).  Everything is lower case;
callers lower-case before looking up.

Edited by hand: ``ruff format`` would put every word on a line of its own.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)


def _forms(spec: str) -> dict[str, str]:
    """Map each written form to its lemma from lines like 'say said says saying'."""
    out: dict[str, str] = {}
    for line in spec.strip().splitlines():
        words = line.split()
        for w in words:
            out[w] = words[0]
    return out


#: Verbs that introduce or attribute speech (every written form -> lemma).
SPEECH_VERBS = _forms(
    """
    say said says saying
    tell told tells telling
    add added adds adding
    warn warned warns warning
    insist insisted insists insisting
    explain explained explains explaining
    admit admitted admits admitting
    claim claimed claims claiming
    argue argued argues arguing
    note noted notes noting
    stress stressed stresses stressing
    suggest suggested suggests suggesting
    ask asked asks asking
    reply replied replies replying
    respond responded responds responding
    answer answered answers answering
    write wrote writes writing written
    tweet tweeted tweets tweeting
    text texted texts texting
    email emailed emails emailing
    message messaged messages messaging
    post posted posts
    declare declared declares declaring
    announce announced announces announcing
    confirm confirmed confirms confirming
    reveal revealed reveals revealing
    recall recalled recalls recalling
    remind reminded reminds reminding
    continue continued continues
    begin began begins
    urge urged urges urging
    acknowledge acknowledged acknowledges acknowledging
    concede conceded concedes conceding
    retort retorted retorts retorting
    interject interjected interjects interjecting
    agree agreed agrees
    maintain maintained maintains maintaining
    observe observed observes observing
    remark remarked remarks remarking
    comment commented comments commenting
    joke joked jokes joking
    laugh laughed laughs laughing
    predict predicted predicts predicting
    promise promised promises promising
    vow vowed vows vowing
    pledge pledged pledges pledging
    demand demanded demands demanding
    caution cautioned cautions cautioning
    complain complained complains complaining
    boast boasted boasts boasting
    allege alleged alleges alleging
    counter countered counters countering
    protest protested protests protesting
    shout shouted shouts shouting
    yell yelled yells yelling
    whisper whispered whispers whispering
    cry cried cries crying
    murmur murmured murmurs murmuring
    state stated states stating
    reiterate reiterated reiterates reiterating
    emphasise emphasised emphasises emphasising emphasize emphasized emphasizes emphasizing
    underline underlined underlines underlining
    hint hinted hints hinting
    conclude concluded concludes concluding
    testify testified testifies testifying
    exclaim exclaimed exclaims exclaiming
    recount recounted recounts recounting
    assure assured assures assuring
    reckon reckoned reckons reckoning
    deny denied denies denying
    quip quipped quips quipping
    sigh sighed sighs sighing
    describe described describes describing
    call called calls calling
    brand branded brands branding
    dub dubbed dubs dubbing
    label labelled labeled labels labelling labeling
    term termed terms terming
    dismiss dismissed dismisses dismissing
    reject rejected rejects rejecting
    denounce denounced denounces denouncing
    deride derided derides deriding
    hail hailed hails hailing
    slam slammed slams slamming
    criticise criticised criticises criticising criticize criticized criticizes criticizing
    accuse accused accuses accusing
    praise praised praises praising
    condemn condemned condemns condemning
    welcome welcomed welcomes welcoming
    characterise characterised characterises characterising characterize characterized characterizes characterizing
    mutter muttered mutters muttering
    snap snapped snaps snapping
    plead pleaded pleads pleading
    tell_ tells
    report reported reports reporting
    repeat repeated repeats repeating
    signal signalled signaled signals signalling
    indicate indicated indicates indicating
    point pointed points pointing
    chant chanted chants chanting
    sing sang sings singing
    """
)
SPEECH_VERBS.pop("tell_", None)
# Forms that are far more often nouns ("the state's", "a second warning",
# "asylum claim") would attribute reporters' prose; leave them out.
for _noun in """state states post posts point points report reports signal signals term terms
        label labels note notes counter counters comment comments remark remarks demand
        demands protest protests promise promises pledge pledges vow vows caution hint hints
        tweet tweets cry cries laugh laughs joke jokes sigh sighs warning writing reporting
        written answer answers welcome praise whisper whispers shout shouts yell murmur
        plead snap snaps quip quips boast boasts brand brands dub dubs hail slam slams
        continue claim call signalling signaling pointing repeat counter indicate""".split():
    SPEECH_VERBS.pop(_noun, None)

#: Speech verbs that open a sentence before their speaker and a colon ("Said Brisa Quill: ...").
INVERTED_SPEECH_VERBS = frozenset({"Said", "Says", "Added", "Adds", "Replied", "Replies", "Asked", "Asks"})

#: Words allowed between a speaker and the speech verb ("has also said").
AUXILIARIES = {
    "has", "had", "have", "was", "is", "were", "are", "also", "later", "then", "previously",
    "earlier", "once", "twice", "recently", "again", "repeatedly", "reportedly", "would", "will",
    "since", "simply", "just", "only", "further", "subsequently", "eventually",
    "publicly", "privately", "openly", "today", "yesterday", "now", "last", "night",
    "week", "who", "has since", "did", "does", "do", "not", "never", "always", "often",
    "used", "to", "went", "on", "tearfully", "angrily", "quietly", "firmly", "bluntly",
    "however", "too", "both", "all", "apparently", "even", "still", "already",
}

#: Words that open a noun phrase ("the minister", "her lawyer", "this man").
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "my", "our", "your", "this", "that"}
#: Determiners of somebody the article does not name ("a witness", "one neighbour").
INDEFINITE = {"a", "an", "one", "another", "some"}

PRONOUNS_M = {"he", "him", "his"}
PRONOUNS_F = {"she", "her", "hers"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "i", "we"}

HONORIFICS = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "baron": "m",
    "duke": "m", "earl": "m", "mister": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f",
    "princess": "f", "baroness": "f", "duchess": "f", "madam": "f", "aunty": "f", "auntie": "f",
    "dr": None, "prof": None, "professor": None, "rev": None, "revd": None, "ven": None, "venerable": None,
    "reverend": None, "cllr": None, "councillor": None, "councilor": None, "judge": None, "justice": None,
    "president": None, "senator": None, "sen": None, "rep": None, "gov": None,
    "governor": None, "gen": None, "general": None, "col": None, "colonel": None,
    "capt": None, "captain": None, "lt": None, "sgt": None, "sergeant": None, "det": None,
    "detective": None, "insp": None, "inspector": None, "supt": None, "superintendent": None,
    "chancellor": None, "pope": None, "rabbi": None, "imam": None, "sheikh": None, "pastor": None,
    "mayor": None, "coach": None, "chief": None, "officer": None, "pc": None,
    "dc": None, "ds": None, "di": None, "dci": None,
    "archbishop": None, "archdeacon": None, "canon": None, "prebendary": None,
    "monsignor": "m", "father": "m", "mother": "f", "sister": "f", "brother": "m",
    "minister": None, "secretary": None, "premier": None, "speaker": None,
    # Police and military ranks, abbreviated as British and US copy does.
    "con": None, "constable": None, "dcs": None, "dsupt": None, "ch": None, "cpl": None,
    "corporal": None, "maj": None, "major": None, "brig": None, "brigadier": None,
    "cdr": None, "cmdr": None, "lieutenant": None, "adm": None, "admiral": None,
    "pte": None, "spc": None, "sgt.": None, "lt.": None,
    # Father (a priest), Councillor as copy in the antipodes writes it, a police community support officer
    "fr": "m", "cr": None, "pcso": None,
    # Spanish, French and German forms of address
    "doña": "f", "señora": "f", "senora": "f", "señor": "m", "senor": "m", "madame": "f", "mme": "f",
    "monsieur": "m", "frau": "f", "herr": "m",
    # Titles of one who has made the pilgrimage to Mecca, as West African copy writes them
    "alhaji": "m", "alhaja": "f", "hajia": "f",
    # "Hon. X" / "the Hon X": a member of a parliament or a judge, as Commonwealth copy styles them
    "honourable": None, "honorable": None,
}

#: Ranks that are titles only after another rank word ("Det Con Ysmay Vexmoor";
#: "Con" alone may be a first name).
RANK_AFTER = {"con": {"det", "detective", "police", "special"}}

#: Honorifics kept in the speaker's name, as British copy treats them as part of it.
KEPT_HONORIFICS = {"sir", "dame", "lord", "lady", "baroness", "baron"}

#: Abbreviations that may end with a full stop without ending the sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt",
    "sgt", "jr", "sr", "no", "vs", "det", "insp", "supt", "rev", "fr", "cr",
    "ore", "calif", "mass", "wash", "fla", "tex", "ariz", "colo", "conn", "mich", "minn",
    "pa", "va", "ga", "ill", "ky", "md", "mo", "nev", "okla", "tenn", "wis", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "e.g",
    "i.e", "approx", "est", "mt", "ft", "fig", "cllr", "pc", "a.m", "p.m",
}

#: Suffixes written after a name that are not part of it.
NAME_SUFFIXES = {"kc", "qc", "mp", "msp", "mep", "am", "jr", "sr", "jnr", "snr", "ii", "iii", "iv", "cbe",
                 "obe", "mbe", "kbe", "dbe", "phd", "mla", "td",
                 # senior counsel, members of other parliaments and assemblies, and of national orders
                 "sc", "mpp", "mha", "mlc", "mna", "mhk", "oc", "ao", "ac", "cnzm", "onzm", "mnzm", "qso", "frs",
                 # the bar, medicine, nursing, esquire and fellowships of the royal colleges
                 "bl", "md", "rn", "esq", "frcs", "frcp", "mrcp", "frcog", "frcpsych"}

#: Nouns for people that are no role of office ("the caller", "a neighbour").
PERSON_NOUNS = frozenset(
    "neighbour neighbor constituent scout stranger member passenger customer friend colleague relative fan kid"
    " child caller volunteer visitor resident patient guest client".split()
)

#: Nouns naming a person by their role ("the prime minister", "the Italian").
#: Grandparents as families who speak other languages at home call them in English copy ("Nonna", "Koro").
GRANDMOTHER_WORDS = ("nonna", "kuia", "abuela", "oma", "bubbe", "babcia", "yiayia")
GRANDFATHER_WORDS = ("nonno", "koro", "abuelo", "opa", "zaide", "dziadek", "papou")

#: People met in the street, at a scene or a shop, whom a reporter quotes by what they were doing there: nobody's
#: role but their own, so "the hiker said" is the one the article called so, never a guess at someone else.
SCENE_PEOPLE = frozenset(
    "retiree shopper bystander passer-by motorist onlooker mourner hiker eyewitness evacuee".split()
)

ROLE_HEADS = {
    "minister", "president", "chancellor", "secretary", "leader", "executive", "chairman",
    "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson",
    "mayor", "governor", "senator", "mp", "msp", "mep", "mla", "td", "judge", "officer", "director", "head", "boss",
    "manager", "coach", "captain", "founder", "ceo", "cfo", "coo", "chief", "commissioner",
    "ambassador", "counterpart", "king", "queen", "prince", "princess", "pope", "general",
    "commander", "inspector", "superintendent", "detective", "professor", "doctor",
    "lawyer", "barrister", "solicitor", "prosecutor", "attorney", "economist", "analyst",
    "official", "campaigner", "activist", "author", "researcher", "scientist", "expert",
    "teacher", "headteacher", "headmaster", "headmistress", "mother", "father", "mum",
    "dad", "wife", "husband", "son", "daughter", "brother", "sister", "victim", "witness",
    "resident", "owner", "player", "striker", "midfielder", "defender", "goalkeeper",
    "winger", "forward", "guard", "substitute", "centre-back", "center-back", "full-back", "debutant",
    "prop", "hooker", "flanker", "freshman", "sophomore",
    "goaltender", "netminder", "goalie", "defenseman", "defenceman", "fullback", "batsman", "bowler",
    "wicketkeeper", "jockey", "rower", "sprinter", "swimmer", "golfer", "caddie", "cyclist", "gymnast",
    "pitcher", "catcher", "quarterback", "linebacker", "shortstop", "fly-half",
    "scrum-half", "actor", "actress", "singer", "star", "presenter", "host",
    "candidate", "deputy", "premier", "treasurer", "envoy", "negotiator", "adviser",
    "advisor", "aide", "lecturer", "student", "defendant", "accused", "claimant",
    "councillor", "councilor", "speaker", "skipper", "harbourmaster", "fisherman",
    "farmer", "nurse", "surgeon", "consultant", "physician", "gp", "psychologist", "engineer",
    "biologist", "astrophysicist", "astronomer", "physicist", "chemist", "ecologist",
    "meteorologist", "historian", "novelist", "writer", "journalist", "editor",
    "reporter", "photographer", "artist", "designer", "architect", "chef", "pilot",
    "driver", "constable", "sergeant", "sheriff", "marshal", "ranger", "helm", "coxswain", "ombudsman",
    "firefighter", "paramedic", "representative", "rep", "organiser",
    "organizer", "trustee", "principal", "dean", "vice-chancellor", "rector",
    "vicar", "priest", "archbishop", "rabbi", "imam", "gaffer", "veteran", "youngster",
    "teenager", "pensioner", "grandmother",
    "grandfather", "widow", "widower", "partner", "girlfriend", "boyfriend", "fiance",
    "fiancee", "nan", "grandad", "granddad", "gran", "granny", "grandma", "grandpa", "mam",
    "uncle", "aunt", "cousin", "friend",
    *GRANDMOTHER_WORDS, *GRANDFATHER_WORDS,
    "neighbour", "neighbor", "colleague", "source", "insider", "person", "man", "woman",
    "boy", "girl", "peer", "lord", "congressman", "congresswoman",
    "lawmaker", "legislator", "diplomat", "politician", "strategist",
    "pollster", "investor", "entrepreneur", "businessman", "businesswoman", "developer",
    "fan", "supporter", "shopkeeper", "landlord", "tenant", "homeowner", "parent",
    "referee", "umpire", "co-author", "surveyor",
    "agent", "broker", "trader", "banker", "accountant", "auditor", "controller",
    "counsel", "advocate", "magistrate", "coroner", "pathologist", "commentator",
    "protester", "worker", "employee", "staffer", "volunteer", "crew", "merchant", "councilmember", "councilman",
    "councilwoman", "alderman", "alderwoman",
    "assemblyman", "assemblywoman", "assemblymember", "supervisor", "trooper", "clerk", "administrator", "comptroller",
    "delegate", "provost", "midwife", "carer", "caregiver",
    "landlady", "publican", "bartender", "waiter", "waitress", "proprietor",
    "co-founder", "cofounder", "producer", "filmmaker", "curator",
    "critic", "juror", "jurors", "baker", "butcher", "vet", "dentist", "pharmacist",
    *SCENE_PEOPLE,
    "coauthor", "postdoc", "fellow", "rapporteur",
    # a member of a party, a title before the name (the party's word, capitalised, then Brisa Quill)
    "democrat", "republican",
}

#: Words that make a brother or a sister (a son, a daughter) the elder or the younger of two.
ELDER_WORDS = frozenset({"elder", "older", "eldest", "oldest", "big"})
YOUNGER_WORDS = frozenset({"younger", "youngest", "little", "baby", "kid"})

#: Modifiers that may stand inside a role phrase ("shadow housing secretary").
ROLE_MODIFIERS = {
    "prime", "chief", "deputy", "shadow", "former", "acting", "interim", "senior", "junior",
    "lead", "vice", "assistant", "associate", "managing", "general", "foreign", "home",
    "housing", "health", "education", "justice", "defence", "defense", "fire", "police",
    "county", "state", "city", "district", "regional", "national", "international",
    "financial", "operating", "technology", "communications", "executive", "principal",
    "first", "business", "trade", "culture", "transport", "environment", "energy",
    "work", "works", "pensions", "treasury", "party", "opposition", "labour",
    "conservative", "tory", "green", "lib", "dem", "democratic", "republican", "union",
    "club", "team", "company", "group", "bank", "hospital", "council", "local", "new",
    "incoming", "outgoing", "current", "veteran", "retired", "longtime", "long-time", "marine",
    "exoplanet", "crown", "trial", "prosecution", "prosecuting",
    "defending", "us", "uk", "eu", "un", "white", "house", "press", "finance", "sports",
    "football", "cricket", "rugby", "music", "film", "art", "arts", "science", "digital", "economic", "economics",
    "climate", "security", "intelligence", "military",
    "army", "navy", "air", "force", "armed", "forces", "independent", "top",
    "boyhood", "first-team", "caretaker",
}

#: Nouns for an organisation referred back to ("the company said").
ORG_HEADS = {
    "company", "firm", "group", "business", "maker", "retailer", "carmaker", "automaker", "bank", "railroad",
    "railway",
    "nonprofit", "non-profit", "conglomerate", "co-op", "carrier", "franchise",
    "lender", "airline", "charity", "organisation", "agency", "council", "municipality",
    "government", "ministry", "department", "party", "club", "union", "association",
    "watchdog", "regulator", "university", "hospital", "trust", "board", "authority",
    "network", "broadcaster", "supermarket", "chain", "startup", "start-up", "insurer",
    "operator", "provider", "league", "school", "police", "force",
    "manufacturer", "developer", "publisher", "platform", "giant", "utility", "supplier",
    "producer", "brand", "label", "studio", "team", "body", "institute", "foundation",
    "office", "commission", "committee", "alliance", "campaign", "coalition", "society",
    "center", "centre", "tribunal", "inquiry", "panel", "administration", "management", "leadership",
    "cabinet", "parliament", "assembly", "senate", "congress", "app", "partnership",
    "station", "newspaper", "magazine", "federation", "confederation", "guild", "consortium", "syndicate",
    "service", "system",
    "cooperative", "co-operative", "chamber", "directorate", "inspectorate", "secretariat",
    "city", "county",
}

#: Organisation nouns that stand for a body only after a word saying what kind: "the health system", "the school
#: system" (not "the system said" of a machine's message).
MODIFIED_ORG_HEADS = frozenset({"system"})

#: Organisation nouns for a business ("the company", "the retailer").
COMPANY_HEADS = frozenset(
    """company firm group business maker retailer carmaker bank lender airline carrier conglomerate chain startup
    start-up insurer operator provider manufacturer developer publisher platform giant utility
    supplier producer brand supermarket broadcaster studio label app""".split()
)

#: Titles that only a body gives: "Quimbrel chief executive X" names the company Quimbrel, "Quimbrel Wrenfold
#: coach X" the team.
COMPANY_ROLES = frozenset("""ceo cfo coo executive spokesperson spokesman spokeswoman founder co-founder chairman
    chairwoman coach captain""".split())

#: Words in an organisation's name that say it is no business.
INSTITUTION_WORDS = frozenset(
    """union council police university college school hospital ministry
    department office government party association charity commission committee
    court tribunal agency service parliament assembly senate congress league society
    institute foundation church coalition campaign times guardian telegraph post bbc news
    reuters mail mirror journal alliance forum movement collective
    academy trust board authority inspectorate
    gazette courier chronicle tribune echo observer express ledger bulletin argus
    examiner inquirer workers guild federation brotherhood""".split()
)

#: Heads that speak for an organisation ("a Home Office spokesperson").
#: The jobs of a newspaper's or a station's people: who writes or asks in an interview ("the Courier's food
#: writer"), and the job a byline gives after a name ("By X | Staff Writer", "Arts Correspondent").
PRESS_ROLES = frozenset(
    "writer interviewer columnist reporter correspondent journalist editor presenter host photographer critic "
    "contributor".split()
)
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson", "representative", "official",
                "officials"}

#: Last words of a body's name that a number completes: a union's local, a school district ("Local 27").
NUMBERED_NAME_ENDS = ("local", "district")

#: Documents that "say" things on their author's behalf ("the statement said").
DOCUMENT_HEADS = {"statement", "letter", "email", "message", "memo", "note", "post",
                  "tweet", "filing", "submission", "report", "notice", "leaflet", "newsletter",
                  "bulletin", "petition", "appeal", "manifesto", "circular", "flyer", "release",
                  "review", "audit", "assessment", "evaluation",
                  # a court's papers: the words of whoever filed them
                  "complaint", "lawsuit", "suit"}
#: Of those, documents that anyone may write or order (a customer's review, an audit a council leader
#: commissioned), or that one side files against another (a complaint, a lawsuit): their words are somebody's
#: only where the article says whose ("the review, by X,", "X's review", "published by X", "filed by X", "X filed
#: a lawsuit"), never the last person named's.
AUTHORED_ONLY_HEADS = frozenset({"review", "audit", "assessment", "evaluation", "complaint", "lawsuit", "suit"})
#: Of those, the papers one side files in court against another ("X filed a lawsuit", "a complaint filed by X").
COURT_PAPER_HEADS = frozenset({"complaint", "lawsuit", "suit"})

#: Capitalised words that mark a run of capitals as an organisation.
ORG_WORDS = {
    "office", "department", "ministry", "council", "party", "bank", "group", "systems",
    "corporation", "company", "police", "service",
    "services", "agency", "commission", "committee", "association", "alliance", "union",
    "trust", "foundation", "institute", "university", "authority", "board", "news",
    "organisation", "league", "club", "cross", "society", "chamber", "municipality",
    "network", "airlines", "line", "securities", "capital", "partners", "holdings",
    "technologies", "government", "parliament", "assembly", "church",
    "fund", "forum", "coalition", "campaign", "times", "post", "guardian", "telegraph",
    "reuters", "bbc", "nhs", "fc", "afc", "rfc", "rufc", "rlfc", "city", "athletic",
    "hospice", "charity", "school", "college", "academy", "museum", "centre", "center",
    "court", "tribunal", "review", "media", "press", "energy", "motors", "bureau", "magazine", "newspaper",
    "administration", "executive", "cabinet", "senate", "congress",
    "house", "commons", "lords", "station", "hospital", "weather", "express", "mail",
    "mirror", "sun", "journal", "observer", "independent", "gazette", "tribune",
    "radio", "fm", "television", "tv", "sky", "itv", "cnn", "nasa", "esa", "fbi", "cia",
    "pentagon", "treasury", "kremlin", "whitehall", "downing",
    "brands", "pharma", "pharmaceuticals", "insurance", "railway", "railways",
    "rail", "transport", "transit", "metro", "airways", "water", "power", "air",
    "aviation", "institution", "partnership",
    "councils", "directorate", "inspectorate", "secretariat", "regulator", "watchdog",
    # Forces and bodies of members ("Quarnholt Constabulary", "the Vexwick Growers' Federation").
    "constabulary", "síochána", "siochana", "coastguard", "brigade", "corps", "regiment",
    "federation", "confederation", "guild", "consortium", "syndicate", "fellowship", "brotherhood",
    "cooperative", "co-operative", "collective", "diocese",
    # Advocacy bodies named for their work ("the Quarnby Tenant Defense Project", "the Vexley Housing Initiative",
    # "the Marten Tenant Defense Collaborative").
    "project", "initiative", "collaborative",
    # Offices and holdings that speak as bodies ("the Quarnby Housing Adjudicator", "the Vexley Family Archive").
    "adjudicator", "ombudsman", "archive", "archives",
    # A health or school system is a body ("Quarnby Plains Health System"), as "systems" (a firm's) is.
    "system",
    # Trades in company names ("Velmore Steel", "Quillmere Haulage").
    "steel", "oil", "gas", "petroleum", "mining", "metals", "chemicals",
    "electric", "electronics", "telecoms", "software", "solutions", "ventures",
    "shipping", "freight", "automotive", "brewery", "breweries",
    "retail", "stores", "supermarkets", "biotech", "semiconductor",
    "semiconductors", "studios", "pictures", "records", "publishing", "kapital",
    "investments", "estates", "developments", "construction", "engineering", "utilities",
    "homes", "buses", "haulage", "farms", "lines", "products", "goods", "supplies", "tools", "plastics",
    "beverages",
    # Institutions of the arts and learning ("the X Gallery said in a statement").
    "gallery", "galleries", "library", "libraries", "theatre", "theater", "orchestra", "opera", "ballet",
    "zoo", "cathedral", "philharmonic", "conservatoire", "conservatory",
    # Bands (a brass band, a pipe band): bodies of members that speak in statements ("the X Pipe Band said").
    "band",
}


def _legal_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Company legal forms (the words that end a firm's name and name nobody), from cleanco's published terms.

    The one-word forms of at least three letters that cleanco gives for
    limited companies, corporations and limited-liability companies and
    firms of partners in more than one country (so no two-letter form that is
    also an everyday word); and those of them it also writes with a closing
    full stop, which then ends no sentence.  (The forms are never spelt out here: they are the data's.)
    """
    from collections import Counter

    from cleanco.termdata import terms_by_country, terms_by_type

    def one_word(terms) -> set[str]:  # noqa: ANN001
        bare = (t.strip().lower() for t in terms)
        return {t.rstrip(".") for t in bare if " " not in t and t.rstrip(".").isalpha()}

    kinds = ("Limited", "Corporation", "Limited Liability Company", "Limited Liability Partnership")
    typed = set().union(*(one_word(terms_by_type.get(k, ())) for k in kinds))
    countries = Counter(t for terms in terms_by_country.values() for t in one_word(terms))
    forms = {t for t in typed if len(t) >= 3 and countries[t] >= 2}
    dotted = {
        t.strip().lower().rstrip(".")
        for terms in terms_by_country.values()
        for t in terms
        if t.strip().endswith(".") and " " not in t.strip()
    }
    return frozenset(forms), frozenset(forms & dotted)


@functools.cache
def legal_terms() -> frozenset[str]:
    """Every one-word company form cleanco knows, in any country, without its dots ("ag", "cic", "sa", "plc").

    Wider than :data:`LEGAL_FORMS` (two-letter forms too): for telling a firm's form after a name from
    letters after a person's name ("X Quellmann AG", "Brisa X FRSE").
    """
    from cleanco.termdata import terms_by_country, terms_by_type

    groups = [*terms_by_country.values(), *terms_by_type.values()]
    return frozenset(t.strip().lower().replace(".", "") for g in groups for t in g if " " not in t.strip())


@functools.cache
def _full_names_of_pet_names() -> dict[str, frozenset[str]]:
    """Every English pet name and the given names it may shorten (one or several), from the nicknames package.

    Read from the package's own table (names.csv: name, "has_nickname", pet name), found without importing the
    package, whose modules take ten times as long to load as the table to read; the same pairs as its
    ``NickNamer().canonical_lookup``.
    """
    import csv
    import importlib.util

    spec = importlib.util.find_spec("nicknames")
    if spec is None or not spec.submodule_search_locations:
        return {}
    found: dict[str, set[str]] = {}
    with (Path(next(iter(spec.submodule_search_locations))) / "names.csv").open(encoding="utf-8") as f:
        for name, relation, pet in csv.reader(f):
            if relation == "has_nickname":
                found.setdefault(pet.strip().lower(), set()).add(name.strip().lower())
    return {pet: frozenset(names) for pet, names in found.items()}


def full_given_names(pet: str) -> frozenset[str]:
    """The given names the (lower-case) pet name ``pet`` is short for, from published data (none if no list has it).

    The nicknames package's hand-curated table of English given names and their nicknames (2,692 pairs).
    """
    return _full_names_of_pet_names().get(pet, frozenset())


@functools.cache
def territory_names() -> frozenset[str]:
    """The English names of the world's countries and regions, lower case ("united states", "latin america").

    From the Unicode CLDR, through babel (which trafilatura's URL handling already brings): published data, not
    a hand list. A country may speak through its government ("China said"), but is never "the company".
    """
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").territories.values())


LEGAL_FORMS, LEGAL_ABBREVIATIONS = _legal_forms()
ORG_WORDS |= LEGAL_FORMS
#: Words that make an organisation only as the last word of a name of two or more: a club or a campaign ("Quarnby
#: United"), where the same word opening a name does not ("United Nations" is one, "United States" is not); a
#: club's or a college's last word ("Quarnby Rovers", "Marten Tech"), which no person's name ends on.
ORG_LAST_WORDS = frozenset({"united", "rovers", "wanderers", "corinthians", "tech"})
ORG_WORDS |= {f"{w}." for w in LEGAL_ABBREVIATIONS}
ABBREVIATIONS |= LEGAL_ABBREVIATIONS
#: The legal forms written with a full stop, and "co." ("Quorran Poultry Co."): two letters, so not
#: among them (and not an abbreviation everywhere: "Co." may end a sentence), but part of a firm's name.
FIRM_ABBREVIATIONS = LEGAL_ABBREVIATIONS | {"co"}
ORG_WORDS |= {"co."}


def american_spelling(w: str) -> str:
    """The American spelling of a British word in lower case, or the word as it is.

    "organisation" -> "organization", "instalment" -> "installment".
    """
    return _BRITISH_LMENT_RE.sub("llment", w.replace("isation", "ization"))


#: "enrolment", "instalment": a British "-lment" that American spelling doubles.
_BRITISH_LMENT_RE = re.compile(r"(?<=[aeiou])lment$")


def _american_spellings(words: set[str]) -> set[str]:
    """The American spelling of each British word the lists write ("organisation")."""
    return {american_spelling(w) for w in words} - words


ORG_HEADS |= _american_spellings(ORG_HEADS)
ORG_WORDS |= _american_spellings(ORG_WORDS)

#: Capitalised words that mark a run as a place or thing, never a person.
#: Words for old streets, both places' and streets' words (below): "Quarnby Wynd", "Vexley Mews".
_OLD_STREET_WORDS = ("wynd", "vennel", "mews")
#: Land that may be named for someone ("Quill's Ridge", "Vexley's Bluff"): places, never a shop or a pub.
LANDFORMS = frozenset(
    "ridge ridges bluff bluffs knoll mesa cliffs hill hills valley gulch creek moor marsh cove gorge canyon falls "
    "point peak summit crag tarn inlet island lake bay".split()
)
PLACE_WORDS = {
    "street", "road", "lane", "avenue", "square", "park", "bridge", "river", "town",
    "county", "island", "islands", "sea", "ocean", "mountains", "mountain", "hill",
    "valley", "gulch", "farm", "fire", "highway", "programme", "program", "cup", "league",
    "airport", "harbour", "harbor", "quay", "north", "south", "east", "west", "kingdom",
    "states", "republic", "coast", "bay", "lake", "forest", "national", "act", "bill",
    "day", "week", "year", "season", "championship", "premier", "stadium", "arena",
    "hall", "palace", "castle", "tower", "way", "drive", "place", "close", "gardens",
    "estate", "village", "centre", "center", "market", "festival", "awards", "prize",
    "astronomy", "nature", "science", "telescope", "live", "politics", "business",
    "sports", "news", "world", "europe", "asia", "hurricane", "storm", "typhoon", "cyclone",
    "reservoir", "canal", "loch", "lough", "creek", "moor", "marsh", "beach", "cove", "pier", "wharf", "estuary",
    "peninsula", "dam",
    # landforms: "the Quorran Range", "the Vexley Hills"
    "range", "ranges", "hills", "gorge", "plateau", "heights", "fell", "fells", "peaks", "plains", "canyon", "glacier",
    "headland", "wetlands", "strait",
    # (but "point" and "peak", everyday words, mark a place only after an owner's name: "Quill's Point")
    *(LANDFORMS - {"point", "peak"}),
    # features of hill country and shore that walkers' and sailors' maps name: "Quarnby Saddle", "Vexley Tarn"
    "saddle", "summit", "gully", "ravine", "crag", "crags", "tarn", "inlet", "lagoon", "reef", "fjord", "firth",
    "crater", "volcano", "hut",
    # old streets' names: "Quarnby Wynd", "Vexley Mews"
    *_OLD_STREET_WORDS,
    # places to swim, skate, race and moor
    "lido", "pool", "baths", "rink", "marina", "racecourse", "velodrome", "chapel",
    # rooms and parts of a building that their owners name: "the Quarnby Room", "the Vexley Wing"
    "room", "suite", "lounge", "lobby", "auditorium", "atrium", "annexe", "annex", "rotunda",
    # parts of a ground, whose crowds sing and chant: "the Quarnby Stand", "the Mill End"
    "stand", "end",
}

#: Last words of street and junction names ("Quarnby Avenue and Vexley Drive").
STREET_WORDS = {
    "street", "road", "lane", "avenue", "boulevard", "drive", "way", "close", "square",
    "crescent", "terrace", "place", "junction", "roundabout", "highway", "parkway",
    "st", "rd", "ave", "blvd", "bridge", "quay", "wharf", "row", "court", "gardens",
    *_OLD_STREET_WORDS,
}

#: Capitalised words that start sentences and are no names.
STOP_CAPS = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "by", "for",
    "from", "to", "with", "without", "as", "if", "when", "while", "after", "before", "outside", "inside",
    "since", "until", "although", "though", "because", "however", "meanwhile",
    "whether", "unless", "whereas", "whilst", "whenever", "wherever", "whatever", "whoever", "whichever", "nor",
    "earlier", "later", "today", "yesterday", "tomorrow", "last", "next", "this", "that",
    "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "your", "some", "many", "most", "other", "others",
    "another", "one", "two", "three", "four", "five", "all", "both", "each", "every", "no",
    "not", "now", "then", "still", "also", "even", "only", "just", "what", "which", "who",
    "whom", "whose", "where", "why", "how", "several", "asked", "speaking", "giving", "opening", "born", "raised",
    "under", "over", "about", "according", "despite", "during", "of", "up", "out",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "please", "do",
    # feasts and holidays ("on Christmas Eve", "over Easter weekend")
    "christmas", "easter", "halloween", "hogmanay", "thanksgiving", "diwali", "ramadan", "hanukkah", "passover",
    "does", "did", "is", "are", "was", "were", "be", "have", "has", "had", "will",
    "would", "can", "could", "should", "let", "more", "less", "few", "such", "yes",
    "oh", "well", "instead", "overall", "officials", "residents", "shares", "goals",
    "police", "cross-examining", "prosecuting", "defending", "mitigating", "reporting", "editing", "additional",
    "read", "watch",
    "follow", "listen", "sign", "click", "like", "unlike", "among", "between", "within",
    "through", "across", "against", "towards", "around", "amid", "following", "including", "near", "beyond",
    "beside", "behind", "along",
    "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "nothing",
    "something", "everything", "people", "dear", "hello", "thanks", "sorry", "ok",
    "former",
    # Verbs that open a sentence as a command ("Ask Aurek about it", "Tell Brisa I said so")
    "ask", "tell", "call", "thank", "meet", "give", "take", "help", "trust", "forgive", "imagine", "remember", "try",
    # Exclamations that open with a capital mid-sentence ("my landlord, God rest him, said")
    "god", "heaven", "christ",
}

#: Months, a modal verb and a law that are given names too ("April Quarnby", "Will Vexley"), which the name
#: dictionary leaves out as words (a month, "will" or "bill" opening a name: kinds.word_name_at).
WORD_NAMES = frozenset({"april", "may", "june", "august", "will", "bill"})

#: Given names and their usual gender come from gender-guesser's name
#: dictionary (about 40,000 names across some 50 countries, male and female,
#: from the "gender" program's data): published data, not a list fitted to
#: the articles the extractor is scored on. Names that are also words the
#: engine knows in another sense ("May" and "Will" as words, not names) are
#: left out, and a name the dictionary gives one sex overall but the other in
#: the English-speaking countries it covers gives no hint. A hint only: pronouns and
#: titles win. Loaded on first use
#: (about 0.35 s), so importing the engine stays cheap.
def _given_names() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    global _GIVEN
    if _GIVEN is None:
        male, female, every, titles = _load_given_names()
        _GIVEN = (frozenset(male), frozenset(female), frozenset(every), frozenset(titles))
        # Module attributes from now on, so later lookups do not go through __getattr__ (a hot path).
        globals().update(FIRST_NAMES_M=_GIVEN[0], FIRST_NAMES_F=_GIVEN[1], FIRST_NAMES=_GIVEN[2], TITLE_NAMES=_GIVEN[3])
    return _GIVEN


_GIVEN: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None = None


#: gender-guesser's answers that contradict a name's gender in the countries whose press the reader reads most.
_OPPOSITE = {"male": ("female", "mostly_female"), "female": ("male", "mostly_male")}
#: How many of the dictionary's countries, from its first, are the English-speaking ones it covers: three, the UK, the
#: state whose capital is Dublin, and the US.
_ENGLISH_SPEAKING = 3


def _load_given_names() -> tuple[set[str], set[str], set[str], set[str]]:
    """(male, female, every) given name, and the titles that are given names too, from gender-guesser's dictionary.

    The titles: honorifics of four letters or more that are no role and that the dictionary gives one sex as given
    names ("Duke", "Baron"; not "Justice", given to either): "Duke Quill" may be a man so named. Same cache.

    Reading the dictionary and asking it about each name takes ~0.35 s, which
    every `reader add` would pay; the four sets are kept in the user cache
    folder (keyed by gender-guesser's version and this module's filters) and
    read back in a few milliseconds.
    """
    import json
    from importlib.metadata import version

    other_senses = set().union(
        STOP_CAPS, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, ORG_WORDS, PLACE_WORDS, STREET_WORDS,
        DEMONYMS, SPEECH_VERBS, AUXILIARIES, SUBJECT_PRONOUNS, PRONOUNS_M, PRONOUNS_F,
    )
    import hashlib

    from gender_guesser.detector import Detector

    english = Detector.COUNTRIES[:_ENGLISH_SPEAKING]
    filters = " ".join(sorted(other_senses)) + "\nenglish-speaking:" + ",".join(english) + "\ntitles-of-one-sex"
    key = hashlib.sha1((version("gender-guesser") + "\n" + filters).encode()).hexdigest()[:16]
    cache = None
    try:
        import platformdirs

        cache = Path(platformdirs.user_cache_dir("reader", appauthor=False)) / f"given-names-{key}.json"
        data = json.loads(cache.read_text(encoding="utf-8"))
        return set(data["male"]), set(data["female"]), set(data["every"]), set(data["titles"])
    except (OSError, ValueError, KeyError):
        pass
    detector = Detector(case_sensitive=False)
    male: set[str] = set()
    female: set[str] = set()
    every: set[str] = set()
    titles = {
        h
        for h in HONORIFICS
        if len(h) >= 4 and h not in ROLE_HEADS and detector.get_gender(h) in ("male", "female")  # not "Justice"
    }
    for name in detector.names:
        if name in other_senses or not name.isalpha():
            continue
        every.add(name)
        gender = detector.get_gender(name)  # "mostly_…" and unisex names give no hint: a wrong one is worse
        if gender in _OPPOSITE and any(detector.get_gender(name, c) in _OPPOSITE[gender] for c in english):
            continue  # the other sex where English is written, whatever the rest of the world says: no hint
        if gender == "male":
            male.add(name)
        elif gender == "female":
            female.add(name)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            data = {"male": sorted(male), "female": sorted(female), "every": sorted(every), "titles": sorted(titles)}
            tmp.write_text(json.dumps(data))
            tmp.replace(cache)
        except OSError:
            pass  # no cache folder: the next process builds the sets again
    return male, female, every, titles


_NOUNS: frozenset[str] | None = None


def common_words() -> frozenset[str]:
    """English words written in lower case, from the english-words package.

    The headwords of Webster's Second International that are not proper
    nouns (about 211,000): published data for "is this capitalised word an
    everyday word?" ("Provisions", "Terminals" are; "Vexley" is not).
    Loaded on first use (about 0.03 s from the user cache folder).
    """
    global _NOUNS
    if _NOUNS is None:
        _NOUNS = _load_common_words()
    return _NOUNS


def _load_common_words() -> frozenset[str]:
    """The lower-case words, from a cache made from the english-words data (read in ~0.03 s, not ~0.1)."""
    import marshal
    from importlib.metadata import version

    cache = None
    try:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("reader", appauthor=False))
        cache = folder / f"common-words-{version('english-words')}.marshal"
        got = marshal.loads(cache.read_bytes())
        if isinstance(got, frozenset) and got:
            return got
    except (OSError, ValueError, EOFError, TypeError):
        pass
    from english_words import get_english_words_set

    words = frozenset(w for w in get_english_words_set(["web2"], alpha=True, lower=False) if w.islower())
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_bytes(marshal.dumps(words))
            tmp.replace(cache)
        except OSError:
            pass  # no cache folder: the next process reads the package's data again
    return words


def more_given_name_genders() -> dict[str, str]:
    """Given names gender-guesser lacks, with the sex ("m" or "f") they are almost always given to.

    From the nomquamgender name data (36 sources pooled; see
    benchmarks/build_given_name_genders.py for the rule and the source), in
    resources/given_name_genders.json; read on first use.
    """
    global _MORE_GENDERS
    if _MORE_GENDERS is None:
        import json
        from importlib import resources

        data = json.loads(resources.files("reader.resources").joinpath("given_name_genders.json").read_text("utf-8"))
        _MORE_GENDERS = {**dict.fromkeys(data["m"], "m"), **dict.fromkeys(data["f"], "f")}
    return _MORE_GENDERS


_MORE_GENDERS: dict[str, str] | None = None


def __getattr__(name: str):  # noqa: ANN202 - PEP 562: FIRST_NAMES, _M and _F are built on first use
    if name == "FIRST_NAMES_M":
        return _given_names()[0]
    if name == "FIRST_NAMES_F":
        return _given_names()[1]
    if name == "FIRST_NAMES":  # every given name, with a clear gender or not
        return _given_names()[2]
    if name == "TITLE_NAMES":  # titles that are given names too ("Duke")
        return _given_names()[3]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Nouns for a person of a nation, region or city ("the Italian said", "the
#: 23-year-old Briton"): a way of referring back to the story's subject. (None that is also a common given name.)
DEMONYMS = frozenset(
    """
    american argentine argentinian australian austrian belgian brazilian briton brit
    bulgarian canadian chilean chinese colombian croatian cuban czech dane dutchman
    dutchwoman egyptian englishman englishwoman ethiopian filipino frenchman
    frenchwoman german ghanaian greek hungarian indian indonesian iranian iraqi irishman
    irishwoman israeli italian jamaican japanese kenyan korean lebanese mexican moroccan
    nigerian norwegian pakistani palestinian peruvian pole portuguese romanian russian
    saudi scot scotsman scotswoman senegalese serb serbian slovak slovenian spaniard
    swede swiss syrian thai turk ukrainian uruguayan venezuelan vietnamese welshman
    welshwoman zimbabwean algerian tunisian cameroonian ivorian zambian ugandan
    tanzanian kiwi aussie dubliner londoner glaswegian scouser geordie yorkshireman
    texan californian parisian berliner catalan basque bavarian sicilian
    """.split()
)

#: Adjectives of nationality that are not also nouns for a person in :data:`DEMONYMS` ("a Vornish
#: sprinter", "South Vornish X"), as an English style guide lists them.
NATIONALITY_ADJECTIVES = frozenset(
    """
    african british english scottish irish welsh french dutch spanish swedish finnish danish
    icelandic polish turkish flemish cornish manx zealander samoan tongan fijian maori rwandan
    somali sudanese nepali bangladeshi lankan malaysian singaporean emirati qatari omani
    """.split()
)

#: Nouns for a person by their age ("the teenager said", "the pensioner"): like a
#: demonym, a way of referring back to the story's subject, not a role someone holds.
AGE_NOUNS = frozenset(
    """
    teenager teen youngster pensioner octogenarian nonagenarian septuagenarian
    sexagenarian centenarian schoolboy schoolgirl toddler
    """.split()
)

#: Role words that say which gender a person is.
#: Offices called by a "-man" word that women hold too ("the club's chairman, Althea Quessa").
OFFICES_OF_EITHER_SEX = frozenset(("chairman", "spokesman", "congressman"))

ROLE_GENDER = {
    "father": "m", "dad": "m", "husband": "m", "son": "m", "brother": "m", "man": "m",
    "boy": "m", "king": "m", "prince": "m", "spokesman": "m", "chairman": "m",
    "businessman": "m", "grandfather": "m", "grandad": "m", "granddad": "m", "uncle": "m",
    "widower": "m", "boyfriend": "m", "headmaster": "m", "congressman": "m",
    "fisherman": "m", "gentleman": "m", "grandpa": "m", "actor": None,
    "mother": "f", "mum": "f", "wife": "f", "daughter": "f", "sister": "f", "woman": "f",
    "girl": "f", "lady": "f", "grandma": "f", "granny": "f", "queen": "f", "princess": "f",
    "spokeswoman": "f", "chairwoman": "f",
    "businesswoman": "f", "grandmother": "f", "nan": "f", "gran": "f", "mam": "f", "aunt": "f",
    "widow": "f", **dict.fromkeys(GRANDMOTHER_WORDS, "f"), **dict.fromkeys(GRANDFATHER_WORDS, "m"),
    "girlfriend": "f", "headmistress": "f", "congresswoman": "f", "actress": "f",
}

#: Role synonyms, so "my dad" finds "her father, Wystan".
#: Abbreviated titles and the office they name ("Gov. X" is the governor, "Supt X" the superintendent).
TITLE_ROLES = {
    "gov": "governor", "sen": "senator", "supt": "superintendent", "dsupt": "superintendent",
    "dcs": "superintendent", "insp": "inspector", "di": "inspector", "dci": "inspector",
    "cllr": "councillor", "cr": "councillor", "prof": "professor", "capt": "captain",
    "gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "ds": "sergeant",
    "cpl": "corporal", "maj": "major", "brig": "brigadier", "cdr": "commander", "cmdr": "commander",
    "adm": "admiral", "pc": "constable", "con": "constable",
    # "Mr Justice X", "Lady Justice X", "Justice X": a judge ("the judge said" after is the judge named so)
    "justice": "judge",
}

ROLE_SYNONYMS = {
    "dad": "father", "mum": "mother", "mom": "mother", "gaffer": "manager",
    "boss": "manager", "pm": "prime minister", "grandad": "grandfather",
    "granddad": "grandfather", "nan": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "grandma": "grandmother", "grandpa": "grandfather", "mam": "mother", "chairwoman": "chair",
    "chairman": "chair", "chairperson": "chair", "spokeswoman": "spokesperson",
    "spokesman": "spokesperson", "ceo": "chief executive", "headmaster": "headteacher",
    "headmistress": "headteacher", "skipper": "captain",
    **dict.fromkeys(GRANDMOTHER_WORDS, "grandmother"), **dict.fromkeys(GRANDFATHER_WORDS, "grandfather"),
}

#: Who sits on a bench and passes judgment: their remarks to a defendant or a witness are not a conversation.
BENCH_ROLES = frozenset({"judge", "magistrate", "justice", "coroner", "recorder", "sheriff"})
#: How copy speaks of a bench or an office by its form of address ("Her Honour said", "His Lordship ruled", "His
#: Worship said"): after his/her, a holder of one of these offices or titles named before -- nobody named Honour.
FORMS_OF_ADDRESS = {
    "honour": BENCH_ROLES | {"mayor", "governor"},
    "honor": BENCH_ROLES | {"mayor", "governor"},
    "lordship": BENCH_ROLES | {"lord", "bishop"},
    "ladyship": BENCH_ROLES | {"lady", "baroness"},
    "worship": frozenset({"mayor", "magistrate"}),
}

#: What the article calls a parent or a child ("his father, X", "her son Y"), for "the elder X" and "my dad".
PARENT_ROLES = frozenset({"father", "mother", "dad", "mum", "mom", "grandfather", "grandmother", "grandad", "grandma"})
CHILD_ROLES = frozenset({"son", "daughter", "grandson", "granddaughter", "nephew", "niece"})
#: Relatives who are none of the speaker's parents: "his uncle, X", "her cousin, Y".
NOT_A_PARENT_ROLES = CHILD_ROLES | frozenset({"uncle", "aunt", "cousin"})
#: Roles that hold a public office, whose office speaks for them ("Mayor X was away. Her office said").
OFFICE_ROLES = frozenset(
    """mayor governor senator congressman congresswoman representative mp msp mep mla td minister secretary premier
    president chancellor sheriff attorney commissioner councillor councilman councilwoman councilmember
    assemblyman assemblywoman assemblymember treasurer auditor comptroller ombudsman""".split()
)
#: Every word for family: one named as such ("X, his mother,") is named as someone else's kin, and holds no office.
FAMILY_ROLES = PARENT_ROLES | NOT_A_PARENT_ROLES | frozenset(
    {"wife", "husband", "brother", "sister", "partner", "twin", "widow"}
)
#: Words for a person that are neither a role nor a relative, with the sex they say (None: either):
#: "the eldest", "my youngest", "the bloke next to me".
PEOPLE_WORDS = {"eldest": None, "youngest": None, "oldest": None, "guy": "m", "bloke": "m", "chap": "m", "fella": "m",
                "fellow": "m", "lad": "m", "lass": "f"}
#: Given names that are also ranks or titles, shortened ("Col", "Con") or not ("Dean"):
#: a given name after a job ("cattle farmer Col Quill"), as no rank follows a job.
GIVEN_TITLE_WORDS = frozenset({"col", "con", "dean"})
#: Words a family calls a relative by ("Gran said", "Mam told me"), which also begin names ("Gran Canaria").
KIN_CALLS = frozenset({"gran", "granny", "grandma", "grandpa", "mam", "mammy", "nanna"})
#: Police and military ranks, as copy puts them before a name ("PC", "Det Sgt", "Capt").
RANKS = frozenset(
    """pc dc ds di dci dcs det sgt insp supt cpl pte lt capt maj col gen constable sergeant detective inspector
    superintendent corporal private lieutenant captain major colonel general""".split()
)
