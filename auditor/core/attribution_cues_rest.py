"""Attribution cues for Hausa, Somali, Yoruba, Igbo, Oromo, Zulu, Xhosa, Welsh, Irish, Scottish Gaelic,
Afrikaans, Maltese, Catalan, Icelandic, Faroese, Basque, Galician, Occitan, Luxembourgish, West Frisian,
Esperanto, Latin, Haitian Creole, Cebuano, Javanese, Sundanese, Malagasy, Māori and Samoan (see
``auditor.core.attribution``).

Left out for want of reliable knowledge (a list that misses common forms would raise false alarms on
translations into the language): Tigrinya, Luganda, Chichewa, Shona, Kinyarwanda, Lingala, Wolof, Fula,
Quechua, Tongan, Hawaiian, Ewe, Akan/Twi, Sesotho and Setswana.
"""

from auditor.core.attribution import Cues

CUES: dict[str, Cues] = {
    "ha": Cues(  # Hausa (the hooked letters ɓ ɗ ƙ are often typed b d k: both spellings listed)
        phrases=("a cewar", "cewar*", "in ji"),
        verbs=(
            # "X ya ce" (X said), by subject pronoun; also the run-together spellings of informal text
            "ya ce", "ta ce", "sun ce", "an ce", "na ce", "mun ce", "kun ce", "ka ce", "kin ce", "zai ce",
            "yace", "tace", "sunce",
            "yana cewa", "tana cewa", "suna cewa", "ana cewa", "yake cewa", "take cewa", "suke cewa", "ake cewa",
            "ƙara da cewa", "kara da cewa",
            "ya bayyana", "ta bayyana", "sun bayyana", "an bayyana", "bayyana cewa", "bayyana wa", "bayyanawa",
            "yi bayani", "shaida wa", "shaidawa", "faɗa wa", "fada wa", "faɗawa", "fadawa",
            "sanar*", "jaddada", "tabbatar da cewa", "tabbatar wa",
            "gargaɗi*", "gargadi*", "iƙirari*", "ikirari*", "ƙiyasta", "kiyasta",
            "imanin cewa", "yi imani", "ruwaito", "rawaito",
        ),
        core=("ya ce", "ta ce", "sun ce", "an ce", "yace", "sunce", "yana cewa", "tana cewa", "suna cewa",
              "ƙara da cewa", "kara da cewa", "bayyana cewa", "shaida wa", "shaidawa", "faɗa wa", "fada wa"),
        # faɗi/faɗa are also "fall"/"fight"; bayyana also "appear"; tabbatar "ensure"; zargi "suspect"
        loose=("cewa", "kamar yadda", "bisa", "inji", "faɗi", "fadi", "faɗa", "fada", "bayyana", "bayani*",
               "tabbatar", "rubuta", "ambata", "nuna", "zargi*", "rahoto*", "rahotanni", "majiya*"),
    ),
    "so": Cues(  # Somali
        phrases=("soo xigtay", "soo xigatay", "tixraac*"),
        verbs=(
            "sheeg*",  # sheegay, sheegtay, sheegeen, sheegaya, sheegasho ...
            "yiri", "yidhi", "tiri", "tidhi", "yiraahdeen", "yidhaahdeen", "yiraahday", "yidhaahday",
            "ku dhawaaq*", "dhawaaqay", "dhawaaqday", "dhawaaqeen", "shaaci*", "xaqiiji*",
            "digay", "digtay", "digeen",
            "intaa ku daray", "intaas ku daray", "ku adkeeyay", "ku adkaysay", "ku adkeeyeen", "ku adkeysay",
            # qiyaastii is "approximately": only the verb forms
            "qiyaasay", "qiyaastay", "qiyaaseen", "qiyaasey", "qiyaasaya*",
            "sharraxay", "sharaxay", "sharxay", "sharaxday", "sharxday", "sharxeen",
            "tibaax*", "waramay", "warramay", "waramtay", "warramtay", "warramaya*", "waramaya*",
            "weriyey", "weriyay", "wariyey", "wariyay", "werisay", "wariyeen", "weriyeen",
            "caddeeyay", "caddeysay", "caddeeyeen", "tilmaamay", "tilmaamtay", "tilmaameen",
            "aaminsan", "rumeysan", "rumaysan", "ku dooday", "ku doodday", "ku doodeen", "ku qoray",
        ),
        core=("sheeg*", "yiri", "yidhi", "yiraahdeen", "yidhaahdeen", "intaa ku daray", "intaas ku daray",
              "tibaax*"),
        loose=("leh", "marka loo eego", "hadlay", "xusay", "xustay", "faahfaahi*", "ku daray"),
    ),
    "yo": Cues(  # Yoruba (tone marks are often dropped: unmarked forms listed where unambiguous)
        phrases=("gẹ́gẹ́ bí ... ṣe sọ", "gege bi ... se so", "gẹ́gẹ́ bí ... ti sọ", "gege bi ... ti so"),
        verbs=(
            "sọ pé", "so pe", "sọ pe", "so pé", "sọ wípé", "so wipe", "sọ wí pé", "sọ fún", "sọ fun", "so fun",
            "ṣe sọ", "se so", "wí pé", "wi pe", "wípé", "wí",
            "*kéde", "*kede", "*àlàyé", "*alaye", "ṣàlàyé", "fìdí", "fidi",
            "tẹnumọ́", "tenumo", "tẹnu mọ́", "tenu mo", "kún un pé", "kun un pe",
            "*kìlọ̀", "kilọ̀",  # unmarked kilo is also the kilogram
            "jábọ̀", "ìjábọ̀", "jabo", "gbàgbọ́", "gbagbo", "gbà pé", "gba pe", "àtẹ̀jáde", "atejade",
        ),
        core=("sọ pé", "so pe", "sọ pe", "so pé", "sọ wípé", "so wipe", "sọ wí pé", "wí pé", "wi pe", "sọ fún",
              "kéde pé", "kede pe", "ṣàlàyé pé", "salaye pe"),
        # gẹ́gẹ́ bí is also "as, like"; ní is also "have"; sọ also "throw"
        loose=("gẹ́gẹ́ bí", "gege bi", "ní ìbámu", "ni ibamu", "ó ní", "o ni", "sọ", "kọ̀wé", "kowe",
               "ìròyìn", "iroyin", "ẹ̀sùn", "fi hàn"),
    ),
    "ig": Cues(  # Igbo (dotted vowels are often written plain: both listed)
        phrases=("si kwuo", "siri kwuo"),
        verbs=(
            "kwuru", "kwuo", "ekwu", "ekwuola", "kwuola", "kwukwara", "kwupụtara", "kwuputara", "ekwupụta",
            "sịrị", "siri na", "gwara", "kọwara", "kowara", "kọwaa", "mara ọkwa", "mara okwa",
            "kwusiri ike", "gbakwụnyere", "gbakwunyere", "aka na ntị", "aka na nti", "kwenyere",
        ),
        core=("kwuru", "ekwuola", "kwukwara", "sịrị", "gwara"),
        loose=("dịka", "dika", "dị ka", "di ka", "siri", "kọrọ", "akụkọ", "akuko", "nkọwa", "kwere"),
    ),
    "om": Cues(  # Oromo
        phrases=(),
        verbs=(
            "jedh*",  # jedhe, jedhan, jedhu, jedhaniiru, jedhetti ...
            "jett*", "jechuun", "ibs*", "beeksis*", "hime", "himan", "himeera", "himaniiru", "himte",
            "himteetti", "dubbat*", "mirkaness*", "mirkaneess*", "akeekkachiis*", "tilmaam*", "gabaas*",
        ),
        # why: jedhama/jedhamu is also "is called": the core lists the forms of "said"
        core=("jedhe", "jedhan", "jedheera", "jedhaniiru", "jedhetti", "jedhanitti", "jette", "jettee",
              "jetteera", "jetteetti", "ibse", "ibseera", "ibsan", "ibsaniiru", "ibsite", "ibsiteetti"),
        loose=("dabal*", "cimsee", "cimsanii", "amana", "amanu", "amanan", "barreess*", "odeeffannoo", "madda"),
    ),
    "zu": Cues(  # Zulu
        phrases=("ngokusho",),
        verbs=(
            # -thi "say": kept to whole forms, the stem is too short for a pattern
            "uthe", "uthi", "bathe", "bathi", "ithe", "ithi", "sithe", "ethi", "ethe", "bethi", "bethe",
            "wathi", "wathe", "yathi", "kuthiwa", "kwathiwa",
            # "kusho uNgqongqoshe" (said the minister), not "kusho ukuthi" (that means)
            "kusho umnu*", "kusho unkk*", "kusho unks*", "kusho udkt*", "kusho uprof*", "kusho ungqongqoshe",
            "kusho umengameli", "kusho umkhulumeli", "kusho umeya", "kusho usihlalo", "kusho ukhansela",
            "kusho yena", "kusho bona", "kusho omunye",
            "usho", "*shilo", "*chaze", "*chazile", "*chazwe", "*chaza", "*veze", "*vezile", "*vezwe",
            "*phawule", "*phawula", "*phawulile", "*memezele", "*memezela", "*menyezelwe",
            "*gcizelele", "*gcizelela", "*engeze", "*engezile", "*nezela", "*qinisekise", "*qinisekisile",
            "*xwayise", "*xwayisile", "*xwayisa", "*bikwa", "ubike", "babike", "*kholelwa", "*linganiselwa",
            "*tshele", "*tshela",
        ),
        # why: uthe/wathi also open a "when" clause (uthe uma efika "when he arrived"): not core
        core=("kusho umnu*", "kusho unkk*", "kusho unks*", "kusho udkt*", "kusho uprof*", "kusho ungqongqoshe",
              "kusho umengameli", "kusho umkhulumeli", "kusho umeya", "kusho usihlalo", "kusho ukhansela",
              "kusho yena", "kusho bona", "kusho omunye", "*shilo", "*tshele", "kuthiwa"),
        loose=("kusho", "ukuthi", "umbiko", "ngokwe*", "*khuluma", "ubhale", "*sola"),
    ),
    "xh": Cues(  # Xhosa
        phrases=("ngokutsho",),
        verbs=(
            "*tsho", "*tshilo", "uthe", "bathe", "ithe", "athe", "uthi", "bathi", "wathi", "esithi", "ethi",
            "besithi", "kuthiwa", "kwathiwa",
            "*chaze", "*chazile", "*chaza", "*bhengeze", "*bhengezile", "*bhengeza", "*qinisekise",
            "*qinisekisile", "*lumkise", "*lumkisile", "*lumkisa", "wongeze", "bongeze", "yongeze",
            "*gxininise", "*gxininisa", "*kholelwa", "*xele", "*xelele", "*xela",
        ),
        # why: kutsho is also "that means": the core keeps to "said (so)" and "told"
        core=("*tshilo", "watsho", "batsho", "*xelele"),
        loose=("ukuthi", "ngokwe*", "ingxelo", "*thetha", "ubhale"),
    ),
    "cy": Cues(  # Welsh (soft, nasal and aspirate mutations listed)
        # "yn ôl" is also "ago" and "back": alone it is loose, in these phrases it credits a source
        phrases=(
            "yn ôl y sôn", "yn ôl pob sôn", "yn ôl adroddiad*", "yn ôl ffigyrau", "yn ôl ffigurau",
            "yn ôl ystadegau", "yn ôl arolwg", "yn ôl ymchwil", "yn ôl yr heddlu", "yn ôl llefarydd",
            "yn ôl datganiad", "yn ôl ffynonellau", "yn ôl ffynhonnell*", "mewn datganiad",
        ),
        verbs=(
            "dywedodd", "ddywedodd", "dywedwyd", "ddywedwyd", "dywedir", "ddywedir", "dywed", "ddywed",
            "dywedai", "ddywedai", "dywedon", "ddywedon", "dywedant", "dywedasant", "ddywedasant", "dywedais",
            "ddywedais", "dwedodd", "ddwedodd", "wedodd", "dweud", "ddweud", "nweud",
            "meddai", "medd", "meddant", "meddent", "medde", "ebe",
            "cyhoeddodd", "gyhoeddodd", "cyhoeddwyd", "gyhoeddwyd", "cyhoeddir", "gyhoeddir", "cyhoeddi",
            "gyhoeddi", "nghyhoeddi", "chyhoeddi", "cyhoeddiad", "gyhoeddiad", "nghyhoeddiad", "chyhoeddiad",
            "esboniodd", "esboniwyd", "esbonio", "hesbonio", "eglurodd", "eglurwyd", "egluro", "hegluro",
            "ychwanegodd", "ychwanegwyd",
            "pwysleisiodd", "bwysleisiodd", "pwysleisiwyd", "pwysleisio", "bwysleisio", "mhwysleisio",
            "phwysleisio",
            "cadarnhaodd", "gadarnhaodd", "cadarnhawyd", "gadarnhawyd", "cadarnhau", "gadarnhau",
            "nghadarnhau", "chadarnhau",
            "honnodd", "honnwyd", "honnir", "honni", "honiad*", "honedig",
            "rhybuddiodd", "rybuddiodd", "rhybuddiwyd", "rybuddiwyd", "rhybuddio", "rybuddio",
            "amcangyfrif*", "hamcangyfrif*",
            "credu", "gredu", "nghredu", "chredu", "credir", "gredir", "credai", "gredai", "tybir",
            "ysgrifennodd", "nododd", "nodwyd", "mynnodd", "fynnodd", "mynnu", "fynnu",
            "awgrymodd", "awgrymu", "awgrymir", "datgelodd", "ddatgelodd", "datgelwyd", "ddatgelwyd",
            "dadleuodd", "ddadleuodd", "adroddodd", "adroddwyd", "adroddir", "mynegodd", "fynegodd",
            "cyfaddefodd", "gyfaddefodd",
        ),
        core=("dywedodd", "ddywedodd", "dywedwyd", "ddywedwyd", "dywedir", "ddywedir", "dywedon", "ddywedon",
              "dywedant", "dywedasant", "ddywedasant", "dwedodd", "ddwedodd", "wedodd", "meddai", "meddant",
              "meddent", "esboniodd", "eglurodd", "ychwanegodd", "pwysleisiodd", "bwysleisiodd", "honnodd",
              "rhybuddiodd", "rybuddiodd", "cadarnhaodd", "gadarnhaodd", "adroddodd"),
        loose=("yn ôl", "yn ol", "datganiad", "ddatganiad", "natganiad", "adroddiad*", "sôn", "son am",
               "rhybudd", "ychwanegu", "nodi", "meddwl", "tybio", "dybio", "dadlau", "ysgrifennu"),
    ),
    "ga": Cues(  # Irish (lenited and eclipsed forms listed)
        # "de réir" alone is loose: de réir a chéile is "gradually"
        phrases=(
            "dar le", "dar leis", "dar léi", "dar leo", "dar liom", "dar linn", "dar libh",
            "de réir an", "de réir na", "de réir tuairisc*", "de réir foinsí", "de réir figiúirí",
            "de réir staitisticí", "de réir suirbhé*", "de réir pobalbhreith*", "de réir dealraimh",
            "i ráiteas",
        ),
        verbs=(
            "dúirt", "dhúirt", "ndúirt", "deir", "ndeir", "adeir", "deirtear", "ndeirtear", "dúradh", "ndúradh",
            "déarfadh", "ndéarfadh", "déarfaidh", "ndéarfaidh", "arsa", "ag rá", "á rá", "a rá", "ráite",
            "ráiteas", "ráitis",
            "d'fhógair", "fhógair", "fógraíodh", "bhfógraíodh", "fógraíonn", "fógairt",
            "mhínigh", "míníonn", "míníodh", "míniú", "mhíniú",
            "chuir sé leis", "chuir sí leis", "chuir siad leis", "chuir ... leis go",
            "dheimhnigh", "deimhníonn", "deimhníodh", "deimhniú", "dhearbhaigh", "dearbhaíonn", "dearbhaíodh",
            "dearbhú", "dhearbhú",
            "mhaígh", "maíonn", "maíodh", "maíomh",
            "meastar", "measadh", "measann", "meastachán",
            "creideann", "gcreideann", "creidtear", "gcreidtear", "chreid", "síleann", "shíl",
            "thuairiscigh", "tuairiscíodh", "tuairiscíonn",
            "d'admhaigh", "d'áitigh", "áitíonn", "d'inis",
        ),
        core=("dúirt", "dhúirt", "ndúirt", "deir", "ndeir", "adeir", "deirtear", "ndeirtear", "dúradh", "ndúradh",
              "arsa", "d'fhógair", "mhínigh", "dheimhnigh", "dhearbhaigh", "mhaígh", "thuairiscigh",
              "tuairiscíodh"),
        # fógra is also an advertisement, mheas "respect", ceapann "appoints", luaigh "mention"
        loose=("de réir", "fógra", "rabhadh", "rabhaidh", "mheas", "ceapann", "scríobh", "tuairisc*", "luaigh",
               "luadh", "labhairt", "admhaigh", "áitigh", "nocht"),
    ),
    "gd": Cues(  # Scottish Gaelic (a' ràdh is the words "a ràdh"; a-mach is "a mach")
        phrases=("a rèir", "a réir", "ann an aithris"),
        verbs=(
            "thuirt", "thubhairt", "tuirt", "tubhairt", "ràdh", "radh", "rádh", "arsa", "ars",
            "canaidh", "chanas", "cantainn", "chanadh", "their",
            "dh'ainmich", "dh'innis", "innse", "dh'aithris", "mhìnich", "mìneachadh", "mhìneachadh",
            "chuir e ris", "chuir i ris", "chuir iad ris", "chuir ... ris gun", "dhaingnich", "dhearbh",
            "dhearbhaich", "thagair", "cumail a mach", "thathar a meas", "creidsinn", "chreid", "creidear",
            "dh'aidich",
        ),
        core=("thuirt", "thubhairt", "tuirt", "tubhairt", "arsa", "ag ràdh", "a ràdh", "dh'innis", "mhìnich"),
        loose=("aithris", "ainmich", "dh'fhoillsich", "rabhadh", "cuideam air", "sgrìobh", "bruidhinn", "fa near"),
    ),
    "af": Cues(  # Afrikaans
        phrases=("volgens", "na bewering", "na verneem word", "na berig word", "na verluid"),
        verbs=(
            "sê", "gesê", "vertel", "vertel*", "verklaar*", "*verklaring", "aangekondig", "aankondig*",
            "kondig aan", "kondig ... aan", "verduidelik*", "bygevoeg", "voeg by", "voeg ... by", "beklemtoon",
            "benadruk", "bevestig*", "beweer*", "waarsku*", "gewaarsku", "geskat",
            "glo",  # "believe", and as an adverb "reportedly"
            "berig*", "verneem", "uitgewys", "wys daarop", "daarop gewys", "onderstreep", "aangevoer",
            "voer aan", "betoog",
        ),
        core=("sê", "gesê", "het vertel", "verklaar", "verklaarde", "verduidelik", "bygevoeg", "beweer"),
        # aldus is "thus" too; skat also "treasure"; meen also "mean"
        loose=("aldus", "skat", "meen", "reken", "noem", "meld", "gemeld", "skryf", "geskryf", "erken"),
    ),
    "mt": Cues(  # Maltese
        phrases=("skont", "skond", "ikkwotat", "ikkwotata"),
        verbs=(
            "qal", "qalet", "qalu", "qallu", "qalli", "qalilha", "qalilhom", "qalilna", "qalitlu",
            "qalitilha", "qalitilhom", "qalulu", "qalulha", "qalulhom", "intqal",
            "jgħid*", "tgħid*", "ngħid*", "jingħad*",
            "stqarr*", "ħabbar*", "ħabbr*", "tħabbar*", "tħabbr*",
            "spjeg*", "jispjeg*", "tispjeg*",
            "saħaq", "saħqet", "saħqu", "jisħaq", "tisħaq", "jisħqu",
            "ikkonferm*", "jikkonferm*", "tikkonferm*", "konferma",
            "sostna", "sostniet", "sostnew", "isostni", "jsostni", "tissostni",
            "wissa", "wissiet", "wissew", "iwissi", "twissi", "twissija",
            "stmat", "stmati", "jistma", "tistma",
            "jemmen", "temmen", "jemmnu", "nemmen", "emmen",
            "irrapporta*", "rrapporta*", "irrappurtat*", "rrappurtat*", "jirrapporta*", "tirrapporta*",
            "iddikjar*", "ddikjar*", "jiddikjar*", "tiddikjar*", "dikjarazzjoni*",
            "ikkummenta*", "insista", "insistiet", "insistew",
            "enfasizza*", "jenfasizza*", "tenfasizza*", "ikkwota*",
        ),
        core=("qal", "qalet", "qalu", "qallu", "qalilha", "qalilhom", "qalilna", "qalitlu", "qalitilha",
              "qalitilhom", "qalulu", "qalulha", "qalulhom", "intqal", "jgħid", "jgħidu", "jingħad", "stqarr",
              "stqarret", "stqarrew", "ħabbar", "ħabbret", "ħabbru", "spjega", "spjegat", "spjegaw", "saħaq",
              "saħqet", "saħqu", "iddikjara", "iddikjarat", "iddikjaraw"),
        # żied is also "increased"; stima also "respect"
        loose=("żied", "żiedet", "żiedu", "stima", "kiteb", "kitbet", "kitbu", "rapport*", "innota", "innotat",
               "ammetta", "fakkar"),
    ),
    "ca": Cues(  # Catalan
        # segons is also "seconds": alone it is loose
        phrases=(
            "segons el", "segons la", "segons els", "segons les", "segons l'*", "segons fonts", "segons ha",
            "segons han", "segons va", "segons van", "segons informa", "segons informen", "segons explica",
            "segons expliquen", "segons diu", "segons diuen", "segons un", "segons una", "segons dades",
            "segons ell", "segons ella", "segons ells", "segons elles", "segons aquest", "segons aquesta",
            "segons que", "segons sembla", "en paraules de", "a parer de", "en declaracions", "en un comunicat",
            "citat per", "citada per",
        ),
        verbs=(
            "ha dit", "han dit", "havia dit", "havien dit", "va dir", "van dir", "diu", "diuen", "digué",
            "digueren", "deia", "deien", "dirà", "dient",
            "afirm*", "declar*", "explic*", "assegura", "asseguren", "assegurava", "ha assegurat",
            "han assegurat", "va assegurar", "van assegurar",
            "anuncia*", "anuncien", "afeg*", "subratll*", "remarc*", "confirm*", "advert*",
            "ha alertat", "han alertat", "va alertar", "van alertar", "s'estima",
            "creu que", "creuen que", "creia que", "considera que", "consideren que",
            "informa", "informen", "informava", "informaven", "ha informat", "han informat", "va informar",
            "van informar", "sosté", "sostenen", "denuncia", "denuncien", "ha denunciat", "va denunciar",
            "reiter*", "insist*", "ha manifestat", "va manifestar", "ha precisat", "va precisar",
            "puntualitz*", "assenyal*", "revelat", "opina", "opinen", "comunicat",
        ),
        core=("ha dit", "han dit", "havia dit", "havien dit", "va dir", "van dir", "diu", "diuen", "digué",
              "digueren", "ha afirmat", "han afirmat", "va afirmar", "van afirmar", "afirma", "afirmen",
              "ha declarat", "va declarar", "ha explicat", "han explicat", "va explicar", "van explicar",
              "explica", "expliquen", "ha assegurat", "va assegurar", "assegura", "ha afegit", "va afegir",
              "afegeix", "ha informat", "va informar"),
        # estimar is also "to love"; destacat "prominent"; relat "story"; creu also "cross"
        loose=("segons", "d'acord amb", "acord amb", "fonts", "estima", "estimen", "calcula", "calculen",
               "creu", "escriu", "escrit", "destaca", "destacat", "alerta", "apunta", "apuntat", "indica",
               "indicat", "recorda", "reconeix", "admet", "dit", "relat*", "portaveu"),
    ),
    "is": Cues(  # Icelandic
        phrases=(
            "samkvæmt", "að sögn", "hans sögn", "hennar sögn", "þeirra sögn", "í samtali við", "hefur eftir",
            "haft eftir", "hafði eftir", "höfð eftir", "hefur það eftir", "að mati", "kemur fram í",
            "kom fram í", "fram kemur í", "fram kom í",
        ),
        verbs=(
            "sagði", "sagðist", "sögðu", "sögðust", "segir", "segist", "segja", "segjast", "sagt", "segi",
            "kvað", "kvaðst", "kveðst", "kváðu",
            "greindi frá", "greinir frá", "greint frá", "greina frá", "greindu frá",
            "tilkynn*", "útskýr*", "bætti við", "bætti því við", "bætir við", "bætir því við", "bættu við",
            "lagði áherslu", "leggur áherslu", "lögðu áherslu", "staðfest*", "fullyrt*", "fullyrð*",
            "varaði við", "varar við", "vöruðu við", "varað við",
            "telur", "telja", "taldi", "töldu", "telji", "talið er", "er talið",
            "yfirlýsing*", "upplýsti", "upplýsir", "benti á", "bendir á", "bentu á", "tjáði", "tjáir", "tjáðu",
            "hélt fram", "heldur fram", "héldu fram", "ítrekaði", "ítrekar",
        ),
        # why: "sagði upp" is also "resigned, laid off": accepted, the saying sense is far the commoner
        core=("sagði", "sagðist", "sögðu", "sögðust", "segir", "segist", "segjast", "kvaðst", "kveðst",
              "greindi frá", "greinir frá", "tilkynnti", "útskýrði", "bætti við", "bætti því við", "tjáði"),
        # áætla also "plan"; telja also "count"
        loose=("sögn", "áætla*", "skrifaði", "skrifar", "heimild*", "viðurkenndi", "upplýs*"),
    ),
    "fo": Cues(  # Faroese
        phrases=("sambært", "í samrøðu við"),
        verbs=(
            "sigur", "segði", "søgdu", "siga", "sagt", "sigast", "sigst", "segðist",
            "greiðir frá", "greiddi frá", "greitt frá", "greiða frá", "greiddu frá",
            "kunngj*", "kunnger*", "boðaði frá", "boðar frá", "boðað frá",
            "dent á", "vátta*", "ávara*", "upplýsir", "upplýsti", "vísir á", "vísti á",
            "leggur afturat", "legði afturat", "frágreiðing*",
        ),
        # why: sigur is also "victory": only after-quote forms "sigur hann/hon" are core
        core=("segði", "søgdu", "segðist", "sigur hann", "sigur hon", "sigur tey", "greiðir frá", "greiddi frá",
              "kunngjørdi"),
        loose=("eftir", "heldur", "helt", "hildu", "metir", "metti", "skrivar", "skrivaði", "afturat"),
    ),
    "eu": Cues(  # Basque
        phrases=("arabera", "esanetan", "iritziz"),
        verbs=(
            # esan + auxiliary (du, dute, zuen, zion, dio, die, digu ...), not "esan nahi du" (means)
            "esan du*", "esan zu*", "esan zi*", "esan di*", "esan izan",
            "dioenez", "diotenez", "zioen", "zioten", "zioenez", "ziotenez", "dioen",
            "adieraz*", "azaldu*", "azaltzen", "iragarri*", "iragartzen", "gaineratu*", "gaineratzen",
            "erantsi du*", "erantsi zu*", "nabarmendu*", "nabarmentzen", "azpimarratu*", "azpimarratzen",
            "baieztatu*", "baieztatzen", "berretsi*", "berresten", "ohartarazi*", "ohartarazten",
            "jakinarazi*", "jakinarazten", "salatu*", "salatzen", "uste du*", "uste zu*",
            "zehaztu du*", "zehaztu zu*", "argitu du*", "argitu zu*", "jakin duenez", "jakin zuenez",
            "ziurtatu*", "ziurtatzen", "kontatu du*", "kontatu zu*", "gogorarazi*", "kalkulatzen da",
        ),
        core=("esan du*", "esan zu*", "esan zi*", "esan di*", "dioenez", "diotenez", "zioen", "zioten", "zioenez",
              "ziotenez", "adierazi du*", "adierazi zu*", "azaldu du*", "azaldu zu*", "gaineratu du*",
              "gaineratu zu*", "jakinarazi du*", "jakinarazi zu*"),
        # dio/diote are also the auxiliary "has it to him/them"
        loose=("esan", "dio", "diote", "ustez", "uste", "gehitu", "kalkulatu*", "idatzi", "aitortu*", "onartu",
               "aldarrikatu*", "iturri*"),
    ),
    "gl": Cues(  # Galician
        # segundo is also "second": alone it is loose
        phrases=(
            "segundo o", "segundo a", "segundo os", "segundo as", "segundo fontes", "segundo informou",
            "segundo informa", "segundo explicou", "segundo explica", "segundo dixo", "segundo un",
            "segundo unha", "segundo datos", "segundo el", "segundo ela", "segundo eles", "segundo este",
            "segundo esta", "segundo recolle", "segundo sinalou", "segundo indicou", "segundo avanzou",
            "consonte", "en palabras de", "a xuízo de", "a xuizo de", "en declaracións", "nun comunicado",
            "citado por", "citada por",
        ),
        verbs=(
            "dixo", "dixeron", "dixera", "dixeran", "di que", "din que", "dicía", "dicían", "ten dito",
            "teñen dito", "afirm*", "declar*", "explic*", "anunciou", "anunciaron", "anuncia*",
            "engad*", "subliñ*", "salientou", "salientaron", "salienta", "confirm*",
            "advertiu", "advertiron", "advirte", "advirten", "alertou", "alertaron",
            "cre que", "cren que", "cría que", "considera que", "consideran que",
            "informou", "informaron", "informa", "informan", "sinalou", "sinalaron", "indicou", "indicaron",
            "asegurou", "aseguraron", "asegura", "aseguran", "manifestou", "manifestaron",
            "insistiu", "insistiron", "reiterou", "reiteraron", "sostivo", "sosteñen",
            "denunciou", "denunciaron", "precisou", "precisaron", "detallou", "detallaron",
            "comentou", "comentaron", "aseverou", "puntualizou", "matizou", "revelou", "opina", "opinan",
            "comunicado", "apuntou", "apuntaron",
        ),
        core=("dixo", "dixeron", "di que", "din que", "ten dito", "afirmou", "afirmaron", "afirma", "declarou",
              "declararon", "explicou", "explicaron", "explica", "engadiu", "engadiron", "asegurou",
              "aseguraron", "informou", "sinalou", "indicou"),
        loose=("segundo", "de acordo con", "conforme", "fontes", "estima", "estiman", "calcula", "calculan",
               "escribiu", "dito", "dicir", "sinala", "indica", "destacou", "destacaron", "lembrou",
               "recoñeceu", "admitiu", "relatou", "avanzou", "contou", "alerta", "voceiro", "voceira"),
    ),
    "oc": Cues(  # Occitan (Lengadocian and Gascon forms)
        phrases=(
            "segon lo", "segon la", "segon los", "segon las", "segon l'*", "segon eth", "segon era",
            "segon eras", "segon eths", "segon un", "segon una", "segon fonts", "segon el", "segon ela",
            "çò ditz", "ço ditz", "çò diguèt", "ço diguèt",
        ),
        verbs=(
            "ditz", "dison", "diguèt", "diguèron", "a dich", "an dich", "aviá dich", "a dit", "an dit",
            "disiá", "disián", "declar*", "anonci*", "anónci*", "explic*", "apond*", "soslinh*", "confirm*",
            "avert*", "cre que", "creson que", "afirm*", "indiquèt", "precisèt", "assegurèt", "remarquèt",
            "insistiguèt", "comunicat",
        ),
        core=("ditz", "dison", "diguèt", "diguèron", "a dich", "an dich", "a dit", "an dit", "declarèt",
              "expliquèt", "apondèt", "afirmèt"),
        loose=("segon", "segond", "d'après", "estima", "escriguèt", "indica", "dich", "dit"),
    ),
    "lb": Cues(  # Luxembourgish (final -n drops before most consonants: Aussoen/Aussoe)
        phrases=(
            "laut", "no aussoe*", "no informatioun*", "no schätzung*", "no angab*", "no ugab*",
            "beruffung op", "wéi et heescht",
        ),
        verbs=(
            "gesot", "seet", "soen", "soe", "sot", "sote", "soten", "erklär*", "erkläer*", "ugekënnegt",
            "ukënnegen", "kënnegt ... un", "annoncéier*", "bäigefüügt", "bäigefügt", "füügt ... bäi",
            "ënnerstrach*", "betount", "betounen", "bestätegt", "bestätegen", "confirméier*", "behaapt*",
            "gewarnt", "warnt", "geschat", "schätzt", "schätzen", "gleeft", "gleewen", "matgedeelt",
            "deelt ... mat", "präziséier*", "explizéier*", "geäussert", "äussert", "zitéier*", "gemellt",
            "mellt", "bericht*", "ausso*",
        ),
        core=("gesot", "seet", "sot", "soten", "erkläert", "erkläre", "ugekënnegt", "matgedeelt",
              "deelt ... mat", "bäigefüügt", "betount", "bestätegt"),
        # no is also "after, to"; sou "so"; verséchert also "insured"
        loose=("no", "sou", "mengt", "uginn", "ugedeit", "verséchert", "geschriwwen", "schreift"),
    ),
    "fy": Cues(  # West Frisian
        phrases=("neffens",),
        verbs=(
            "sei", "seit", "sein", "sizze", "seinen", "ferklear*", "oankundig*", "lei út", "leit út",
            "lei ... út", "útlein", "útlizze", "foege ta", "foeget ta", "foege ... ta", "tafoege", "tafoegje",
            "beklamme", "beklammet", "befêstig*", "bewear*", "warskôg*", "leaut", "leaude", "meldt", "melde",
            "fertelde", "fertelt", "ferteld",
        ),
        core=("sei", "seit", "ferklearre", "ferklearret", "fertelde", "bewearde"),
        loose=("sa", "skatte", "skat", "tinkt", "leauwe", "skreau", "seine"),
    ),
    "eo": Cues(  # Esperanto (h- and x-system spellings of ŭ listed)
        phrases=("laŭ", "lau", "laux", "laŭdire", "laudire", "lauxdire"),
        verbs=(
            # dir* would also start direkto "direction": the forms are listed
            "diris", "diras", "diros", "dirus", "diri", "diru", "dirinte", "dirante", "dirita", "dirite",
            "deklar*", "anonc*", "klarig*", "aldon*", "emfaz*", "substrek*", "konfirm*", "asert*", "avert*",
            "taksas", "taksis", "taksita", "takso", "taksoj", "kredas", "kredis", "opinias", "opiniis",
            "raport*", "informis", "informas", "sciig*", "komunikis", "rakontis", "citas", "citis", "rimarkis",
            "insistis", "akcentis", "atentig*", "menciis", "pretendas", "pretendis",
        ),
        core=("diris", "diras", "deklaris", "deklaras", "klarigis", "aldonis", "asertis", "raportis", "sciigis"),
        loose=("inform*", "skribis", "konsideras", "supozas"),
    ),
    "la": Cues(  # Latin
        phrases=(),
        verbs=(
            "dixit", "dixerunt", "dixere", "dixisse", "dixerat", "dicit", "dicunt", "dicitur", "dicuntur",
            "dicens", "dicentes", "ait", "aiunt", "aiebat", "inquit", "inquiunt", "inquiens",
            "nuntia*", "pronuntia*", "declara*", "explica*", "addidit", "addiderunt", "adiecit", "adiecerunt",
            "confirma*", "affirma*", "asseveravit", "asseverat", "asserit", "asseruit", "monuit", "monuerunt",
            "admonuit", "aestimat", "aestimatur", "aestimant", "aestimaverunt", "creditur", "credit", "credunt",
            "putat", "putatur", "putant", "existimat", "existimant", "censet", "censent", "fertur", "feruntur",
            "rettulit", "rettulerunt", "edixit", "certiorem fecit", "certiores fecit",
        ),
        core=("dixit", "dixerunt", "dixere", "dicit", "dicunt", "ait", "aiunt", "inquit", "inquiunt", "nuntiavit",
              "nuntiaverunt", "nuntiat", "nuntiant", "declaravit", "explicavit", "addidit", "affirmavit"),
        # secundum is also "along, after"; refert also "it matters"
        loose=("secundum", "teste", "testibus", "auctore", "ex sententia", "refert", "traditur", "scripsit",
               "dictum", "contendit", "professus", "professa"),
    ),
    "ht": Cues(  # Haitian Creole
        phrases=("dapre", "daprè", "selon"),
        verbs=(
            "te di", "ap di", "di ke", "di konsa", "yo di", "li di", "di nou", "di yo", "deklare", "deklarasyon",
            "fè konnen", "fe konnen", "anonse", "eksplike", "esplike", "ajoute", "ensiste", "souliye", "konfime",
            "avèti", "kwè ke", "panse ke", "rapòte", "afime", "revele", "mansyone", "endike", "rakonte",
            "denonse",
        ),
        core=("te di", "di ke", "di konsa", "deklare", "fè konnen", "fe konnen", "eksplike", "ajoute"),
        loose=("di", "swivan", "an akò ak", "estime", "kwè", "ekri", "rapò", "pale"),
    ),
    "ceb": Cues(  # Cebuano (nag-ingon is the words "nag ingon")
        phrases=("sumala", "suma sa", "matod", "matud", "kuno"),  # kuno: the hearsay particle "reportedly"
        verbs=(
            "miingon", "niingon", "giingon", "nagingon", "moingon", "nag ingon", "mag ingon", "ingon pa",
            "ingon niya", "*sulti", "*sultihan", "*pahayag", "pamahayag", "midugang", "nidugang", "nagkanayon",
            "mikanayon", "*butyag", "*pahibalo", "*kumpirma", "*pasidaan", "nagtuo", "nagtoo", "mituo", "mitoo",
            "gitaho", "mitaho", "nitaho", "*padayag", "miasoy", "giasoy", "niasoy", "gisaysay", "misaysay",
            "nisaysay", "nangangkon", "misiguro", "nisiguro", "gisiguro",
        ),
        core=("miingon", "niingon", "giingon", "nagingon", "nag ingon", "ingon pa", "gisulti", "misulti",
              "nisulti", "nagpahayag", "mipahayag", "gipahayag", "midugang pa", "nagkanayon"),
        # ingon is also "like"; ipasabot "to mean"; dugang "more"
        loose=("ingon", "*pasabot", "dugang", "asoy", "*klaro", "*banabana", "*sulat", "ayon sa"),
    ),
    "jv": Cues(  # Javanese (ngoko -ake and krama -aken forms)
        phrases=("miturut", "jarene", "jare", "kandhane", "ujare", "ngendikanipun", "aturipun", "dhawuhe"),
        verbs=(
            "ngendika", "ngendikan", "ngendhika", "ngandika", "kandha", "ngandhakake", "ngandhakaken",
            "dikandhakake", "ngandhani", "ujar", "imbuhe", "imbuhipun",
            "nerangake", "nerangaken", "diterangake", "diterangaken", "ngumumake", "ngumumaken", "diumumake",
            "diumumaken", "mratelakake", "mratelakaken", "negesake", "negesaken", "ditegesake", "ditegesaken",
            "ngandharake", "ngandharaken", "diandharake", "diandharaken", "ngonfirmasi", "dikonfirmasi",
            "ngelingake", "ngelingaken", "pratelan", "paring pirsa", "ngaturake", "ngaturaken", "dicritakake",
            "nyritakake", "pitados",
        ),
        core=("ngendika", "ngendikan", "ngendhika", "ngandika", "kandha", "ngandhakake", "ngandhakaken",
              "imbuhe", "imbuhipun", "nerangake", "nerangaken", "mratelakake", "mratelakaken"),
        loose=("manut", "adhedhasar", "matur", "ngomong", "omonge", "percaya", "nyerat", "nulis", "critane",
               "ngira", "dhawuh"),
    ),
    "su": Cues(  # Sundanese
        phrases=("numutkeun", "ceuk", "cenah", "saurna", "pokna"),
        verbs=(
            "nyarios", "saur", "nyebutkeun", "disebutkeun", "ngajelaskeun", "dijelaskeun", "ngumumkeun",
            "diumumkeun", "nambihan", "nambahkeun", "negeskeun", "ditegeskeun", "nandeskeun", "ditandeskeun",
            "ngonfirmasi", "dikonfirmasi", "ngadugikeun", "ngawartoskeun", "ngawartosan", "ngabéjaan",
            "ngabejaan", "nétélakeun", "netelakeun", "nyatakeun", "dinyatakeun", "percanten",
        ),
        core=("nyarios", "saur", "nyebutkeun", "ngajelaskeun", "nandeskeun", "negeskeun", "nétélakeun",
              "netelakeun"),
        loose=("dumasar", "luyu jeung", "nyarita", "ngomong", "ngingetkeun", "ngaku", "yakin", "nyerat", "nulis"),
    ),
    "mg": Cues(  # Malagasy (nambaran'ny, lazain'ny are single words)
        # araka izany is "thus": araka alone is loose
        phrases=("araka ny", "araka ireo", "filazan*", "voalaza*"),
        verbs=(
            "hoy", "nilaza", "milaza", "lazain*", "*nambara", "nambaran*", "fanambarana", "nanazava",
            "manazava", "nohazavain*", "nanamafy", "manamafy", "nohamafisin*", "nanamarina", "manamarina",
            "nohamarinin*", "nampitandrina", "mampitandrina", "fampitandremana", "tombanana", "tombana",
            "nanipika", "manipika", "nitatitra", "mitatitra", "nanizingizina", "nanantitrantitra",
        ),
        core=("hoy", "nilaza", "milaza", "lazain*", "nanambara", "nambaran*", "nanazava", "nohazavain*"),
        loose=("araka", "fanazavana", "nanampy", "nanoratra", "mino", "tatitra"),
    ),
    "mi": Cues(  # Māori (macrons are sometimes written as double vowels)
        phrases=("e ai ki", "hei tā", "hei taa", "hei tāna", "hei taana", "ki tāna", "ki taana"),
        verbs=(
            "i kī", "ka kī", "kua kī", "i kii", "ka kii", "kua kii", "kī atu", "kii atu", "kī mai", "kii mai",
            "i kōrero", "ka kōrero", "kua kōrero", "i koorero", "ka koorero", "kua koorero",
            "whakamārama*", "whakamaarama*", "whakamarama*", "whakapuaki", "tāpiri atu", "taapiri atu",
            "i whakaū", "kua whakaū", "i whakauu", "whakatūpato*", "whakatuupato*", "whakatupato*", "whakapae",
            "whakatau tata",
        ),
        # why: kī is also "full": "i kī" is kept out of the core
        core=("kī atu", "kii atu", "i whakamārama", "i whakamaarama", "i whakamarama"),
        loose=("ki tā", "ki taa", "i mea", "kōrero", "korero", "koorero", "pānui", "whakapono", "tuhi", "whakaatu"),
    ),
    "sm": Cues(  # Samoan (the glottal stop is written ', ʻ or not at all: fa'apea, faʻapea, faapea)
        phrases=(),
        verbs=(
            "fai mai", "faimai", "*apea mai", "saunoa*", "*ailoa", "*amatala", "*amatalaga", "*amaonia",
            "lapatai*", "lipoti*",
        ),
        core=("fai mai", "faimai", "*apea mai"),
        loose=("e tusa ai", "e tusa ma", "e pei ona", "*apea", "tautala", "*aopoopo", "talitonu", "ta'ua",
               "taʻua", "fai atu", "molimau"),
    ),
}
