"""Words that stand for numbers, scales and months, per language: the data ``numbers`` reads.

Number words are *soft* there (they may satisfy a number on the other side, never be reported
missing); scale words multiply the number before them (``2 million`` = ``২০ লাখ``); month
stems make dates comparable across forms (``17 March``, ``১৭ মার্চ``, ``17 марта``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from auditor.core.normalize import fold, primary_language

# Month stems: a token starting with one of these (and at most a few letters more) names a month.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
           "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "ru": ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    # Tajik: январ, феврал, … with the izofat -и (моҳи июни соли 2025)
    "tt": ("гыйнвар", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    "lb": ("januar", "februar", "mäerz", "abrëll", "mee", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    # Kabyle and Tamazight (the Julian-derived Berber names, Latin and Tifinagh)
    "kab": ("yennayer", "fuṛar", "meɣres", "yebrir", "mayyu", "yunyu", "yulyu", "ɣuct", "ctembeṛ", "tubeṛ",
            "nunembeṛ", "bujembeṛ"),
    "zgh": ("ⵉⵏⵏⴰⵢⵔ", "ⴱⵕⴰⵢⵕ", "ⵎⴰⵕⵚ", "ⵉⴱⵔⵉⵔ", "ⵎⴰⵢⵢⵓ", "ⵢⵓⵏⵢⵓ", "ⵢⵓⵍⵢⵓⵣ", "ⵖⵓⵛⵜ", "ⵛⵓⵜⴰⵏⴱⵉⵔ", "ⴽⵜⵓⴱⵕ",
            "ⵏⵓⵡⴰⵏⴱⵉⵔ", "ⴷⵓⵊⴰⵏⴱⵉⵔ"),
    # Inuktitut (syllabics), with its case endings after a hyphen or directly: ᒫᑦᓯ 2025-ᒥ
    "iu": ("ᔭᓐᓄᐊᓕ", "ᕖᕝᕗᐊᓕ", "ᒫᑦᓯ", "ᐊᐃᐳᕆᓪ", "ᒪᐃ", "ᔫᓂ", "ᔪᓚᐃ", "ᐊᒋᓯ", "ᓯᑎᐱᕆ", "ᐅᑐᐱᕆ", "ᓄᕕᐱᕆ", "ᑎᓯᐱᕆ"),
    # Akan (Twi): the traditional month names (ɛfiri Ɔsanaa 2024, since August 2024)
    "ak": ("ɔpɛpɔn", "ɔgyefuo", "ɔbɛnem", "oforisuo", "kɔtɔnimma", "ayɛwohomumu", "kitawonsa", "ɔsanaa", "ɛbɔ",
           "ahinime", "obubuo", "ɔpɛnimma"),
    # Kirundi (muri Ntwarante 2026, in March 2026)
    "rn": ("nzero", "ruhuhuma", "ntwarante", "ndamukiza", "rusama", "ruheshi", "mukakaro", "myandagaro", "nyakanga",
           "gitugutu", "munyonyo", "kigarama"),
    # Pashto (د ۲۰۲۳ کال په مارچ کې)
    "ps": ("جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"),
    "af": ("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september", "oktober",
           "november", "desember"),
    # isiZulu: the traditional names (ngoNhlolanja 2023, in February 2023); the English-derived
    # ones are in MONTHS_EXTRA
    "zu": ("masingana", "nhlolanja", "ndasa", "mbasa", "nhlaba", "nhlangulana", "ntulikazi", "ncwaba",
           "mandulo", "mfumfu", "lwezi", "zibandlela"),
    # Malagasy (Febroary 2024, 12 Martsa)
    "mg": ("janoary", "febroary", "martsa", "aprily", "mey", "jona", "jolay", "aogositra", "septambra", "oktobra",
           "novambra", "desambra"),
    # Sakha: March to September are two words, the first of which names them (от ыйа, July; бэс
    # ыйын 12 күнэ); alone those first words are common nouns (от, hay), see numbers._SAH_MONTH
    "sah": ("тохсунньу", "олунньу", "кулун", "муус", "ыам", "бэс", "от", "атырдьах", "балаҕан", "алтынньы",
            "сэтинньи", "ахсынньы"),
    # Santali (Ol Chiki): the English names
    "sat": ("ᱡᱟᱱᱩᱣᱟᱨᱤ", "ᱯᱷᱮᱵᱽᱨᱩᱣᱟᱨᱤ", "ᱢᱟᱨᱪ", "ᱮᱯᱨᱤᱞ", "ᱢᱮ", "ᱡᱩᱱ", "ᱡᱩᱞᱟᱭ", "ᱟᱜᱚᱥᱴ", "ᱥᱮᱯᱴᱮᱢᱵᱚᱨ", "ᱚᱠᱴᱚᱵᱚᱨ",
            "ᱱᱚᱵᱷᱮᱢᱵᱚᱨ", "ᱰᱤᱥᱮᱢᱵᱚᱨ"),
    "fy": ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
           "oktober", "novimber", "desimber"),
    # Romansh (Rumantsch Grischun): d'avrigl, da matg
    "rm": ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember",
           "october", "november", "december"),
    # Māori: 14 o Poutūterangi 2025
    "mi": ("kohitātea", "huitanguru", "poutūterangi", "paengawhāwhā", "haratua", "pipiri", "hōngongoi",
           "hereturikōkā", "mahuru", "whiringa-ā-nuku", "whiringa-ā-rangi", "hakihea"),
    "tg": ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    "uk": ("січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн",
           "листопад", "грудн"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"),
    "pl": ("styczni", "lut", "marc", "kwietni", "maj", "czerwc", "lipc", "sierpni", "wrześni",
           "październik", "listopad", "grudni"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
           "kasım", "aralık"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
           "oktober", "november", "desember"),
    # Greek is compared without accents (Μαρτίου, Μάρτιος); Hebrew also with a one-letter prefix.
    "el": ("ιανουαρ", "φεβρουαρ", "μαρτ", "απριλ", "μαι", "ιουν", "ιουλ", "αυγουστ", "σεπτεμβρ",
           "οκτωβρ", "νοεμβρ", "δεκεμβρ"),
    "he": ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
           "נובמבר", "דצמבר"),
    "mt": ("jannar", "frar", "marzu", "april", "mejju", "ġunju", "lulju", "awwissu", "settembru", "ottubru",
           "novembru", "diċembru"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
    "so": ("janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luulyo", "agoosto", "sebtembar",
           "oktoobar", "nofembar", "diseembar"),
    "am": ("ጃንዋሪ", "ፌብሩዋሪ", "ማርች", "ኤፕሪል", "ሜይ", "ጁን", "ጁላይ", "ኦገስት", "ሴፕቴምበር", "ኦክቶበር", "ኖቬምበር",
           "ዲሴምበር"),
    "rw": ("mutarama", "gashyantare", "werurwe", "mata", "gicurasi", "kamena", "nyakanga", "kanama", "nzeri",
           "ukwakira", "ugushyingo", "ukuboza"),
    "sw": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
           "oktoba", "novemba", "desemba"),
    "tl": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
           "oktubre", "nobyembre", "disyembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"),
}
# More languages, as stems that take a case ending of up to three letters (March: marca,
# Μαρτίου), or as whole words where the stems would collide.
MONTHS.update({
    "sk": ("januá", "februá", "marc", "apríl", "máj", "jún", "júl", "august", "septembr", "októbr",
           "novembr", "decembr"),
    "fi": ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
           "syyskuu", "lokakuu", "marraskuu", "joulukuu"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
           "oktoober", "november", "detsember"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "sl": ("januar", "februar", "marc", "april", "maj", "junij", "julij", "avgust", "septemb", "oktob",
           "novemb", "decemb"),
    "lv": ("janvār", "februār", "mart", "aprīl", "maij", "jūnij", "jūlij", "august", "septembr", "oktobr",
           "novembr", "decembr"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
           "novembre", "desembre"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
           "nëntor", "dhjetor"),
    "ms": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober",
           "november", "disember"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
           "noyabr", "dekabr"),
    "tk": ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr",
           "noýabr", "dekabr"),
    "uz": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
           "noyabr", "dekabr"),
    "sr": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септемб", "октоб",
           "новемб", "децемб"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември",
           "октомври", "ноември", "декември"),
    "be": ("студзен", "лют", "сакавік", "красавік", "трав", "чэрв", "ліп", "жнів", "верас", "кастрычнік",
           "лістапад", "снеж"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
    "ky": ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"),
    "hy": ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր",
           "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"),
    "ka": ("იანვარ", "თებერვალ", "მარტ", "აპრილ", "მაის", "ივნის", "ივლის", "აგვისტო", "სექტემბერ",
           "ოქტომბერ", "ნოემბერ", "დეკემბერ"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
           "دسامبر"),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
           "دسمبر"),
    "ta": ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
           "நவம்பர்", "டிசம்பர்"),
    "mr": ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर",
           "नोव्हेंबर", "डिसेंबर"),
    "ne": ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर",
           "नोभेम्बर", "डिसेम्बर"),
})
MONTHS.update({
    "ml": ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ",
           "നവംബർ", "ഡിസംബർ"),
    "te": ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్",
           "డిసెంబర్"),
    "kn": ("ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್",
           "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್"),
    "gu": ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર",
           "નવેમ્બર", "ડિસેમ્બર"),
    "or": ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ", "ମଇ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର",
           "ନଭେମ୍ବର", "ଡିସେମ୍ବର"),
    # Welsh; the soft-mutated forms (fis Fedi, ym mis Fawrth) are in MONTHS_EXTRA
    "cy": ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
           "tachwedd", "rhagfyr"),
    "pa": ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ",
           "ਦਸੰਬਰ"),
    "si": ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
           "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"),
    "my": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
           "နိုဝင်ဘာ", "ဒီဇင်ဘာ"),
    "km": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ",
           "ທັນວາ"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
})
MONTHS["nb"] = MONTHS["nn"] = MONTHS["no"]
MONTHS["jv"] = MONTHS["su"] = MONTHS["id"]  # Javanese and Sundanese write the Indonesian names (sasi Oktober)
MONTHS.update({
    # Kurmanji (Gulanê, Hezîranê: with the ezafe ending)
    "kmr": ("çile", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar",
            "kanûn"),
    # Shona (musi wa14 Gunyana: on the 14th of September)
    "sn": ("ndira", "kukadzi", "kurume", "kubvumbi", "chivabvu", "chikumi", "chikunguru", "nyamavhuvhu",
           "gunyana", "gumiguru", "mbudzi", "zvita"),
    # Yiddish, compared without its vowel points (פֿעברואַר = פעברואר; מײַ, also מיי)
    "yi": ("יאנואר", "פעברואר", "מערץ", "אפריל", "מײ", "יוני", "יולי", "אויגוסט", "סעפטעמבער", "אקטאבער",
           "נאוועמבער", "דעצעמבער"),
    # Dhivehi (މާޗް މަހުގެ 15 ވަނަ ދުވަހު: the 15th day of the month of March)
    "dv": ("ޖަނަވަރީ", "ފެބްރުއަރީ", "މާޗް", "އޭޕްރީލް", "މެއި", "ޖޫން", "ޖުލައި", "އޮގަސްޓް", "ސެޕްޓެމްބަރު",
           "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"),
})
MONTHS["ku"] = MONTHS["kmr"]
# Chechen and Ossetian news write the Russian month names with their own endings (мартехь,
# октябры)
MONTHS["ce"] = MONTHS["os"] = MONTHS["ru"]
MONTHS["ba"] = ("ғинуар", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                "декабр")  # Bashkir, with its case endings (мартында)
MONTHS.update({
    # Cebuano (Hunyo 2027, Oktubre 12)
    "ceb": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "septiyembre", "oktubre",
            "nobyembre", "disyembre"),
    # Luganda (Febwaliyo, Sebuttemba)
    "lg": ("janwaliyo", "febwaliyo", "marisi", "apuli", "maayi", "juuni", "julaayi", "agusito", "sebuttemba",
           "okitobba", "novemba", "desemba"),
    # Faroese (í mai, 1. oktober)
    "fo": ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    # Wolof (1 oktoobar, 30 nowàmbar)
    "wo": ("saŋwiye", "féewaryee", "mars", "awril", "mee", "suwe", "sulet", "ut", "sattumbar", "oktoobar",
           "nowàmbar", "desàmbar"),
    # Sindhi (آگسٽ ۲۰۲۲)
    "sd": ("جنوري", "فيبروري", "مارچ", "اپريل", "مئي", "جون", "جولاءِ", "آگسٽ", "سيپٽمبر", "آڪٽوبر", "نومبر",
           "ڊسمبر"),
})
# Languages of the Hindi belt write the Hindi month names (Bhojpuri बक्सर, 27 अक्टूबर); Konkani
# writes the Marathi ones, with its own spellings of April and July
for _code in ("bho", "mag", "awa", "mai", "hne", "raj", "bra", "bns"):
    MONTHS.setdefault(_code, MONTHS["hi"])
MONTHS.setdefault("gom", MONTHS["mr"])
MONTHS.setdefault("ks", MONTHS["ur"])  # Kashmiri in Perso-Arabic writes the Urdu names
MONTHS.setdefault("tw", MONTHS["ak"])


def _forms(stems: tuple[str, ...], endings: tuple[str, ...]) -> dict[str, int]:
    return {fold(st + e): i + 1 for i, st in enumerate(stems) for e in endings}


# Whole forms: Czech June and July share a stem (červen/června, červenec/července); Croatian,
# Bosnian and Serbian Latin name the months two ways; Hungarian endings run to five letters
# (júniusában: in its June).
MONTHS_EXTRA: dict[str, dict[str, int]] = {
    # English abbreviations that are no common word or name (Jan, Mar, May, Jun are left out).
    "en": {"feb": 2, "apr": 4, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    # Tamil datelines abbreviate with a dot (கும்பகோணம், பிப். 9); not ஆக. (August), which is "as"
    "ta": {"ஜன": 1, "பிப்": 2, "ஏப்": 4, "செப்": 9, "அக்": 10, "நவ": 11, "டிச": 12},
    # The Levantine Arabic month names, one word each (the two-word Kanun and Tishrin are left out).
    "ar": {"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9},
    "cs": {fold(w): i + 1 for i, forms in enumerate((
        "leden ledna lednu", "únor února únoru", "březen března březnu", "duben dubna dubnu",
        "květen května květnu", "červen června červnu", "červenec července červenci", "srpen srpna srpnu",
        "září", "říjen října říjnu", "listopad listopadu", "prosinec prosince prosinci")) for w in forms.split()},
    "hr": {fold(w): i + 1 for i, forms in enumerate((
        "siječanj siječnja siječnju januar januara januaru", "veljača veljače veljači februar februara februaru",
        "ožujak ožujka ožujku mart marta martu", "travanj travnja travnju april aprila aprilu",
        "svibanj svibnja svibnju maj maja maju", "lipanj lipnja lipnju jun juna juni junu",
        "srpanj srpnja srpnju jul jula juli julu", "kolovoz kolovoza kolovozu avgust avgusta avgustu august augusta augustu",
        "rujan rujna rujnu septembar septembra septembru", "listopad listopada listopadu oktobar oktobra oktobru",
        "studeni studenoga studenog studenome studenom novembar novembra novembru", "prosinac prosinca prosincu decembar decembra decembru"))
        for w in forms.split()},
    "hu": _forms(("január", "február", "március", "április", "május", "június", "július", "augusztus",
                  "szeptember", "október", "november", "december"),
                 ("", "ban", "ben", "i", "ig", "ra", "re", "tól", "től", "ában", "ében", "jában", "jében",
                  "ának", "ének", "jának", "jének", "a", "e", "ja", "je")),
}
MONTHS_EXTRA["lt"] = {fold(w): i + 1 for i, forms in enumerate((  # kova is also "fight": whole forms
    "sausis sausio", "vasaris vasario", "kovas kovo", "balandis balandžio", "gegužė gegužės",
    "birželis birželio", "liepa liepos", "rugpjūtis rugpjūčio", "rugsėjis rugsėjo", "spalis spalio",
    "lapkritis lapkričio", "gruodis gruodžio")) for w in forms.split()}
MONTHS_EXTRA["yi"] = {"מיי": 5}
MONTHS_EXTRA["or"] = {"ମେ": 5, "ଅଗଷ୍ଟ": 8, "ଫେବ୍ରୁଆରୀ": 2, "ଜୁଲାଈ": 7}
MONTHS_EXTRA["cy"] = {"fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "ragfyr": 12, "dachwedd": 11,
                      "hionawr": 1}
MONTHS_EXTRA["dv"] = {"މާރޗް": 3, "އެޕްރީލް": 4, "ފެބުރުއަރީ": 2, "އޮކްޓޯބަރު": 10, "ސެޕްޓެންބަރު": 9}
MONTHS_EXTRA["sd"] = {"جولاء": 7, "جولائي": 7, "آگسٽ": 8, "سيپٽمبر": 9, "سپٽمبر": 9, "آڪٽوبر": 10, "ڊسمبر": 12}
MONTHS_EXTRA["lg"] = {"maaki": 3, "jjuuni": 6, "jjulaayi": 7, "sebutemba": 9, "okitobba": 10, "ddesemba": 12}
MONTHS_EXTRA["wo"] = {"sañwiye": 1, "fewriye": 2, "awril": 4, "me": 5, "sulet": 7, "sàttumbar": 9, "novàmbar": 11}
MONTHS_EXTRA["gom"] = {"एप्रील": 4, "जुलय": 7, "ऑगस्ट": 8}
MONTHS_EXTRA["zu"] = {"januwari": 1, "febhuwari": 2, "mashi": 3, "ephreli": 4, "meyi": 5, "juni": 6, "julayi": 7,
                      "agasti": 8, "septhemba": 9, "okthoba": 10, "novemba": 11, "disemba": 12}
# Guarani (jasy, moon, + ordinal): 17 jasykõi = 17 February; -me is "in" (jasyteĩme, in January)
MONTHS_EXTRA["gn"] = {f"{w}{end}": i + 1 for i, w in enumerate((
    "jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi", "jasypoapy",
    "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi")) for end in ("", "me", "pe")}
# Tigrinya as written in Eritrea: the Ethiopian month names stand for the Gregorian months
# (ሓምለ 2022 = July 2022); an Ethiopian-calendar date says ዓ.ም (auditor.core.calendars)
MONTHS_EXTRA["ti"] = {"ጥሪ": 1, "ለካቲት": 2, "መጋቢት": 3, "ሚያዝያ": 4, "ግንቦት": 5, "ሰነ": 6, "ሓምለ": 7, "ነሓሰ": 8,
                      "መስከረም": 9, "ጥቅምቲ": 10, "ሕዳር": 11, "ታሕሳስ": 12}
# Ukrainian nominatives in -ень drop the stem's н before the ending (квітень, квітня): станом на квітень
MONTHS_EXTRA["uk"] = {"січень": 1, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "серпень": 8,
                      "вересень": 9, "жовтень": 10, "грудень": 12}
# Sri Lankan Tamil spells some months after the English as Sri Lanka says them (ஓகஸ்ட், ஒக்ரோபர்)
MONTHS_EXTRA["ta"] = {**MONTHS_EXTRA.get("ta", {}), "பெப்ரவரி": 2, "ஓகஸ்ட்": 8, "செப்ரெம்பர்": 9, "ஒக்ரோபர்": 10,
                      "ஒக்டோபர்": 10}
# Polish nominatives lose the stem's soft ending or fleeting vowel (styczeń, stycznia; lipiec, lipca)
MONTHS_EXTRA["pl"] = {"styczeń": 1, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9,
                      "grudzień": 12}
MONTHS_EXTRA["bs"] = MONTHS_EXTRA["hr"]
MONTHS_EXTRA["sr"] = {**MONTHS_EXTRA["hr"]}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "mn": 1e6, "bn": 1e9, "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,
    "মিলিয়ন": 1e6, "বিলিয়ন": 1e9, "শত": 1e2, "শো": 1e2, "শতাধিক": 1e2,
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9,
    "миллиарда": 1e9, "миллиардов": 1e9, "tausend": 1e3, "mio": 1e6, "millionen": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mille": 1e3, "milliard": 1e9,
    "milliards": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6, "lakh": 1e5, "crore": 1e7,
    "万": 1e4, "萬": 1e4, "億": 1e8, "千": 1e3, "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7,
    "करोड": 1e7, "सौ": 1e2, "सय": 1e2,  # Nepali spells crore without the nukta; hundreds: १ सय ५३
    "亿": 1e8, "만": 1e4, "억": 1e8, "천": 1e3,
    "mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
    "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9,
    "miljoen": 1e6, "miljard": 1e9, "duizend": 1e3, "tûzen": 1e3,
    "miliyoni": 1e6, "biliyoni": 1e9, "thililiyoni": 1e12,  # Chichewa (K132.6 biliyoni)
    "milia": 1e3, "milium": 1e3, "milibus": 1e3,  # Latin: octingentorum milium (of 800 thousand)
    "milliun": 1e6, "milliuns": 1e6, "milliarda": 1e9, "milliardas": 1e9,
    # Kabyle and Tamazight (Latin and Tifinagh): amelyun, pl. imelyan / imelyunen (yi- after n)
    "amelyun": 1e6, "umelyun": 1e6, "imelyan": 1e6, "yimelyan": 1e6, "imelyunen": 1e6, "yimelyunen": 1e6,
    "amelyar": 1e9, "umelyar": 1e9, "imelyaren": 1e9, "yimelyaren": 1e9, "agim": 1e3, "ugim": 1e3,
    "ⴰⵎⵍⵢⵓⵏ": 1e6, "ⵓⵎⵍⵢⵓⵏ": 1e6, "ⵉⵎⵍⵢⵓⵏⵏ": 1e6, "ⵉⵎⵍⵢⴰⵔⵏ": 1e9, "ⴰⵎⵍⵢⴰⵔ": 1e9, "miljoner": 1e6, "miljarder": 1e9, "tusen": 1e3,
    "tys": 1e3, "tysięcy": 1e3, "mln": 1e6, "mld": 1e9, "milionów": 1e6, "miliony": 1e6, "miliardów": 1e9,
    "bin": 1e3, "milyon": 1e6, "milyar": 1e9, "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12,
    "trilion": 1e12,
    "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,  # (tỉ: the older spelling)
    "тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "мільйон": 1e6, "мільйони": 1e6, "мільйонів": 1e6, "мільярд": 1e9,
    "мільярди": 1e9, "мільярдів": 1e9,
    "χιλιάδες": 1e3, "χιλιάδων": 1e3, "εκατομμύριο": 1e6, "εκατομμύρια": 1e6, "εκατομμυρίων": 1e6,
    "δισεκατομμύριο": 1e9, "δισεκατομμύρια": 1e9, "δισεκατομμυρίων": 1e9,
    "ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "مليونا": 1e6, "مليوناً": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
    "تريليون": 1e12, "تريليونات": 1e12, "ترليون": 1e12,
    "هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9, "ہزار": 1e3, "لاکھ": 1e5, "کروڑ": 1e7,
    "لچھ": 1e5, "ساس": 1e3,  # Kashmiri: ۴ لچھ ۸۰ ساس (4 lakh 80 thousand)
    "کروړه": 1e7,  # Pashto: ۳۲ ارب ۴۰ کروړه (لکه is also "like": Pashto's own table has it)
    "אלף": 1e3, "אלפים": 1e3, "מיליון": 1e6, "מיליארד": 1e9,
    "พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6, "ล้านล้าน": 1e12, "ລ້ານລ້ານ": 1e12,
}
SCALES.update({
    # Indic scripts beyond Bengali and Hindi: lakh, crore and the English loans
    "मिलियन": 1e6, "बिलियन": 1e9, "कोटी": 1e7,
    "ஆயிரம்": 1e3, "லட்சம்": 1e5, "லட்ச": 1e5, "இலட்சம்": 1e5, "இலட்ச": 1e5, "கோடி": 1e7, "மில்லியன்": 1e6, "பில்லியன்": 1e9,
    "వేలు": 1e3, "లక్ష": 1e5, "లక్షల": 1e5, "కోట్లు": 1e7, "కోట్ల": 1e7, "మిలియన్": 1e6, "బిలియన్": 1e9, "దశలక్ష": 1e6, "దశలక్షల": 1e6,
    "వేల": 1e3, "వేయి": 1e3, "లక్షలు": 1e5, "కోటి": 1e7,  # Telugu: 17 వేల (17 thousand, oblique), a crore
    "ആയിരം": 1e3,  # Malayalam thousand
    "ᱦᱟᱡᱟᱨ": 1e3, "ᱞᱟᱠ": 1e5, "ᱞᱟᱠᱷ": 1e5, "ᱠᱚᱨᱚᱲ": 1e7,  # Santali (Ol Chiki)
    "ಸಾವಿರ": 1e3, "ಲಕ್ಷ": 1e5, "ಕೋಟಿ": 1e7, "ಮಿಲಿಯನ್": 1e6, "ಬಿಲಿಯನ್": 1e9, "ದಶಲಕ್ಷ": 1e6,  # ten lakh
    "ലക്ഷം": 1e5, "കോടി": 1e7, "ദശലക്ഷം": 1e6, "മില്യൺ": 1e6,
    "હજાર": 1e3, "લાખ": 1e5, "કરોડ": 1e7, "મિલિયન": 1e6, "બિલિયન": 1e9,
    "ਹਜ਼ਾਰ": 1e3, "ਲੱਖ": 1e5, "ਕਰੋੜ": 1e7, "ਮਿਲੀਅਨ": 1e6,
})
SCALES.update({
    # arab (10⁹) and kharab (10¹¹) of the Indian system; अरब is also "Arab", but only a number
    # written right before it is read with it
    "ارب": 1e9, "کھرب": 1e11, "अरब": 1e9, "खरब": 1e11, "আরব": 1e9,
    # South Slavic and Bulgarian (Cyrillic and Latin): милион, милијарда, хиљада, tisuća
    "милион": 1e6, "милиона": 1e6, "милиони": 1e6, "милијарда": 1e9, "милијарде": 1e9, "милијарди": 1e9,
    "хиљада": 1e3, "хиљаде": 1e3, "хиљаду": 1e3, "хиляди": 1e3, "милиарда": 1e9, "милиард": 1e9,
    "milion": 1e6, "miliona": 1e6, "milijarda": 1e9, "milijarde": 1e9, "milijardi": 1e9,
    "hiljada": 1e3, "hiljade": 1e3, "tisuća": 1e3, "tisuće": 1e3, "tisoč": 1e3,
})
SCALES.update({
    "ሺህ": 1e3, "ሺ": 1e3, "ሚሊዮን": 1e6, "ቢሊዮን": 1e9,  # Amharic
    "ሽሕ": 1e3, "ሚልዮን": 1e6, "ቢልዮን": 1e9,  # Tigrinya
    "ათასი": 1e3, "ათას": 1e3, "მილიონი": 1e6, "მილიონ": 1e6, "მილიარდი": 1e9, "მილიარდ": 1e9,  # Georgian
    "მლნ": 1e6, "მლრდ": 1e9, "ათ": 1e3,
    "հազար": 1e3, "միլիոն": 1e6, "միլիարդ": 1e9,  # Armenian
    "мың": 1e3, "миң": 1e3, "мянга": 1e3, "мянган": 1e3, "сая": 1e6, "саяын": 1e6, "тэрбум": 1e9, "тэрбумын": 1e9,  # Kazakh, Kyrgyz, Mongolian
    "ming": 1e3, "milliard": 1e9, "mlrd": 1e9, "milyard": 1e9, "bilion": 1e9, "dubu": 1e3, "miliyan": 1e6,
    "अर्ब": 1e9, "ලක්ෂ": 1e5, "කෝටි": 1e7, "මිලියන": 1e6, "සිය": 1e2,
    "ពាន់": 1e3, "ម៉ឺន": 1e4, "សែន": 1e5, "លាន": 1e6, "ພັນ": 1e3, "ແສນ": 1e5, "ລ້ານ": 1e6,
    "သိန်း": 1e5, "သန်း": 1e6, "ကုဋေ": 1e7,
})
SCALES.update({"yuta": 1e6, "yuto": 1e6,  # Javanese million
               "miriyoni": 1e6, "bhiriyoni": 1e9, "zviuru": 1e3,  # Shona
               "yezigidi": 1e6, "zigidi": 1e6, "ezigidi": 1e6, "amawaka": 1e3, "iwaka": 1e3,  # isiXhosa, isiZulu
               # billions, with the noun-class prefixes of "of": R1,2 yeebhiliyoni
               **{pre + "bhiliyoni": 1e9 for pre in ("", "i", "ii", "ye", "yee", "ze", "e")},
               "yezigidigidi": 1e9, "izigidigidi": 1e9, "zigidigidi": 1e9,
               "טויזנט": 1e3, "מיליאן": 1e6, "מיליאָן": 1e6, "מיליאַרד": 1e9, "מיליארד": 1e9,  # Yiddish
               "ހާސް": 1e3, "މިލިއަން": 1e6, "ބިލިއަން": 1e9,  # Dhivehi
               "hezar": 1e3,  # Kurmanji (milyon, milyar as in Turkish)
               "müň": 1e3})  # Turkmen (12 müňden gowrak: more than 12 thousand)
SCALES.update({"miliɔn": 1e6, "biliɔn": 1e9,  # Ewe (GH¢1.5 miliɔn)
               "millean": 1e6, "billean": 1e9,  # Scottish Gaelic (£580 millean; mìle is a mile too)
               "milyones": 1e6, "bilyones": 1e9, "milyonis": 1e6,  # Cebuano (P48.6 milyones)
               "mió": 1e6, "milliónir": 1e6, "milliardir": 1e9, "túsund": 1e3,  # Faroese (186 mió. kr.)
               "miliyoŋ": 1e6, "miliyaar": 1e9, "junni": 1e3,  # Wolof (45 miliyoŋ FCFA)
               "سئو": 100, "سؤ": 100, "لک": 1e5, "ڪروڙ": 1e7})  # Sindhi (۲۳ هزار ۴ سئو)
SCALES.update({"мең": 1e3,  # Tatar and Bashkir thousand (11 меңнән)
               "millioun": 1e6, "milliounen": 1e6,  # Luxembourgish
               "miriona": 1e6, "piriona": 1e9})  # Māori
SCALES.update({"مىليارد": 1e9, "مىليون": 1e6, "مىڭ": 1e3,  # Uyghur
               "tapitrisa": 1e6, "lavitrisa": 1e9, "arivo": 1e3, "hetsy": 1e5})  # Malagasy
SCALES.update({"هەزار": 1e3, "ملیۆن": 1e6, "ملیار": 1e9, "ترلیۆن": 1e12, "بلیۆن": 1e9})  # Sorani Kurdish
SCALES.update({"հազար": 1e3, "միլիոն": 1e6, "միլիարդ": 1e9, "տրիլիոն": 1e12,  # Armenian
               "հզր": 1e3, "մլն": 1e6, "մլրդ": 1e9})
SCALES.update({"milyon": 1e6, "milyong": 1e6, "bilyon": 1e9, "bilyong": 1e9, "libo": 1e3, "libong": 1e3})
SCALES.update({"ຕື້": 1e9, "ໝື່ນ": 1e4, "ထောင်": 1e3, "သောင်း": 1e4, "ဘီလီယံ": 1e9,
               "miliwn": 1e6, "biliwn": 1e9, "milliún": 1e6, "billiún": 1e9, "milioi": 1e6, "milioiko": 1e6,
               "trilyon": 1e12, "بليون": 1e9, "بلايين": 1e9, "milaka": 1e3, "mp": 1e6, "megapixel": 1e6, "megapixels": 1e6, "mílíọ̀nù": 1e6, "bílíọ̀nù": 1e9, "miliọnu": 1e6,
               "наяд": 1e12, "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "трильйон": 1e12})
SCALES.update({
    # Czech and Slovak: 2,85 miliardy, 1 240,6 milionu, 114 milionů, 5 tisíc
    "tisíc": 1e3, "tisíce": 1e3, "tis": 1e3, "milionu": 1e6, "milionů": 1e6, "milióna": 1e6, "milióny": 1e6,
    "miliónov": 1e6, "milión": 1e6, "miliarda": 1e9, "miliardy": 1e9, "miliard": 1e9, "miliardu": 1e9,
    "miliarde": 1e9, "miliárd": 1e9, "miliárdy": 1e9, "miliárda": 1e9,
    # Hungarian, Finnish, Estonian: 1,85 milliárd, 45 millió, 60 miljoonaa, 2 miljardia, 3 tuhatta
    "ezer": 1e3, "millió": 1e6, "milliárd": 1e9, "tuhat": 1e3, "tuhatta": 1e3, "miljoona": 1e6,
    "miljoonaa": 1e6, "milj": 1e6, "miljardi": 1e9, "miljardia": 1e9, "miljonit": 1e6, "miljon": 1e6, "miljardit": 1e9,
    # Romanian, Danish and Norwegian, Swedish singulars, Catalan, Albanian
    "mii": 1e3, "milioane": 1e6, "millioner": 1e6, "milliarder": 1e9, "miljoner": 1e6,
    "miljard": 1e9, "milions": 1e6, "milers": 1e3, "milionë": 1e6, "miliardë": 1e9, "mijë": 1e3,
    # Croatian, Slovenian, Lithuanian, Latvian
    "milijun": 1e6, "milijuna": 1e6, "milijon": 1e6, "milijona": 1e6, "milijonov": 1e6, "milijoni": 1e6,
    "milijard": 1e9, "milijarda": 1e9, "tisoč": 1e3, "milijonai": 1e6, "milijonų": 1e6, "milijardai": 1e9,
    "milijardų": 1e9, "tūkstančių": 1e3, "tūkst": 1e3, "miljoni": 1e6, "miljonu": 1e6,
    "miljardu": 1e9, "tūkstoši": 1e3, "tūkstošu": 1e3,
    # Icelandic (with their case forms), Somali, Azerbaijani
    "þúsund": 1e3, "þúsundir": 1e3, "þúsunda": 1e3, "þúsundum": 1e3, "milljón": 1e6, "milljónir": 1e6,
    "milljóna": 1e6, "milljónum": 1e6, "milljarður": 1e9, "milljarðar": 1e9, "milljarða": 1e9,
    "milljörðum": 1e9, "milljarði": 1e9, "kun": 1e3, "milyan": 1e6, "malyuun": 1e6, "milyuun": 1e6,
    "bilyan": 1e9, "bilyuun": 1e9,
    # Odia, Assamese (ৰ for r)
    "ହଜାର": 1e3, "ଲକ୍ଷ": 1e5, "କୋଟି": 1e7, "হাজাৰ": 1e3, "লাখ": 1e5, "কোটি": 1e7,
    # Maltese
    "elf": 1e3, "eluf": 1e3, "miljun": 1e6, "miljuni": 1e6, "biljun": 1e9, "biljuni": 1e9,
    # Belarusian, Macedonian
    "тысяч": 1e3, "мільён": 1e6, "мільёнаў": 1e6, "мільярд": 1e9, "мільярдаў": 1e9, "илјади": 1e3,
    "милиони": 1e6, "милијарди": 1e9,
})
# Looked up case-folded (χιλιάδες folds to χιλιάδεσ).
SCALES = {fold(w): v for w, v in SCALES.items()}
# Scale words of one language only: long-scale billions (a million millions: 4,1 billones =
# 4.1 trillion) and abbreviations that mean something else elsewhere (Brazilian 300 mi, which
# in English would be miles).
LONG_SCALES: dict[str, dict[str, float]] = {
    "el": {"εκατ": 1e6, "δισ": 1e9, "χιλ": 1e3},
    "es": {"billón": 1e12, "billones": 1e12},
    "fr": {"billion": 1e12, "billions": 1e12},
    "de": {"billion": 1e12, "billionen": 1e12},
    "it": {"bilione": 1e12, "bilioni": 1e12},
    "pt": {"bilião": 1e12, "biliões": 1e12, "mi": 1e6, "bi": 1e9},
    # Indonesian and Malay abbreviations: Rp30,8 jt (juta), 500 rb (ribu)
    "id": {"jt": 1e6, "rb": 1e3}, "ms": {"jt": 1e6, "rb": 1e3},
    "nb": {"mill": 1e6, "mrd": 1e9}, "no": {"mill": 1e6, "mrd": 1e9}, "nn": {"mill": 1e6, "mrd": 1e9},
    "da": {"mio": 1e6, "mia": 1e9, "mill": 1e6},
    # Azerbaijani min (thousand), per language: everywhere else "12 min" is twelve minutes
    "az": {"min": 1e3},
    # Pashto (per language: Persian زر is gold): ۱۶ زره (16 thousand), ۴۱۸ زرو (oblique)
    "ps": {"زر": 1e3, "زره": 1e3, "زرو": 1e3, "لک": 1e5, "لکه": 1e5, "کروړ": 1e7, "کروړه": 1e7, "ملیون": 1e6,
           # written with the Arabic yeh too
           "ميليون": 1e6, "ميليونه": 1e6, "مليون": 1e6, "ميليارد": 1e9, "ميليارده": 1e9, "مليارد": 1e9,
           "ملیونه": 1e6, "میلیونه": 1e6, "ملیارد": 1e9, "میلیارده": 1e9},
    "nl": {"biljoen": 1e12},
    "pl": {"bilion": 1e12, "biliony": 1e12, "bilionów": 1e12},
    "sv": {"biljon": 1e12, "biljoner": 1e12},
    # Czech and Slovak "mil." is a million (Spanish "mil" is a thousand): 148,6 mil. eur
    "sk": {"mil": 1e6, "mld": 1e9, "tis": 1e3, "bil": 1e12}, "cs": {"mil": 1e6, "mld": 1e9, "tis": 1e3},
    # Uzbek and Turkmen thousands (per language: Ming is also a Chinese dynasty in English)
    "uz": {"ming": 1e3, "mln": 1e6, "mlrd": 1e9, "million": 1e6, "milliard": 1e9},
    "tk": {"mln": 1e6, "mlrd": 1e9, "million": 1e6, "milliard": 1e9},
    "fo": {"mia": 1e9, "mió": 1e6, "mill": 1e6, "mio": 1e6},  # Faroese: 3,4 mia. kr.
    # Swahili writes its scale word before the number (milioni 2) but after it in prices too:
    # Sh38.6 bilioni (per language: Italian bilioni is a long-scale 10¹²)
    "sw": {"bilioni": 1e9, "milioni": 1e6, "trilioni": 1e12, "elfu": 1e3},
    "hmn": {"lab": 1e6, "txhiab": 1e3, "kaum txhiab": 1e4},  # Hmong ($3.2 lab; lab is an English word too)
}
# Scale words that in one language are something else: "mil" is a mile in Indonesian, Malay
# and English (45 mil laut, nautical miles) and ten kilometres in Swedish and Norwegian.
NOT_SCALES: dict[str, frozenset[str]] = {
    lang: frozenset({"mil"}) for lang in ("id", "ms", "en", "sv", "nb", "nn", "no", "da")}
# Written before the number (Swahili: milioni 2 = 2 million).
PREFIX_SCALES: dict[str, float] = {"milioni": 1e6, "elfu": 1e3, "bilioni": 1e9, "trilioni": 1e12,
                                   # Hausa: Naira miliyan 45 (45 million naira), mutane dubu 12
                                   "miliyan": 1e6, "biliyan": 1e9, "dubu": 1e3,
                                   # Kinyarwanda and Kirundi: miliyoni 112,4 (112.4 million)
                                   "miliyoni": 1e6, "miriyoni": 1e6, "miliyari": 1e9, "miriyari": 1e9,
                                   # Sinhala: රුපියල් මිලියන 250 (rupees million 250)
                                   "මිලියන": 1e6, "බිලියන": 1e9, "ලක්ෂ": 1e5, "කෝටි": 1e7,
                                   # Igbo: naịra nde 12 (12 million naira), ijeri 1.8 (1.8 billion)
                                   "nde": 1e6, "ijeri": 1e9, "puku": 1e3,
                                   # Sesotho and Setswana: limilione tse 48,5 (millions of 48.5)
                                   "limilione": 1e6, "dimilione": 1e6, "milione": 1e6, "libilione": 1e9,
                                   "dibilione": 1e9,
                                   # Yoruba: náírà mílíọ̀nù 350 (350 million naira), bílíọ̀nù 1.2
                                   "mílíọ̀nù": 1e6, "bílíọ̀nù": 1e9,
                                   # Tibetan: སྒོར་ཁྲི་༣༤༥༠ (yuan, ten-thousands 3,450 = 34.5 million)
                                   "ཁྲི": 1e4, "འབུམ": 1e5, "ས་ཡ": 1e6, "བྱེ་བ": 1e7,
                                   # Dzongkha: དངུལ་ཀྲམ་ སྟོང་ཕྲག་ ༤༥ (ngultrum, thousands 45)
                                   "སྟོང་ཕྲག": 1e3, "ཁྲི་ཕྲག": 1e4, "འབུམ་ཕྲག": 1e5,
                                   # Twi: sidi ɔpepepem 1.2 (GH₵1.2 billion), dɔla ɔpepem 311.5 (million)
                                   "ɔpepepem": 1e9, "ɔpepem": 1e6, "apem": 1e3, "mpem": 1e3,
                                   # Luganda: ssente obuwumbi 12.6 (12.6 billion), obukadde 380 (380 million)
                                   "obuwumbi": 1e9, "obukadde": 1e6, "emitwalo": 1e4,
                                   # Afaan Oromo: miliyoona 1.48, biliyoona 1.1, kuma 312
                                   "miliyoona": 1e6, "biliyoona": 1e9, "kuma": 1e3,
                                   # Burmese: ကျပ်သိန်း ၉၃,၆၀၀ (kyat-lakh 93,600 = 9.36 billion kyat)
                                   "သိန်း": 1e5, "ကျပ်သိန်း": 1e5, "သန်း": 1e6, "ကျပ်သန်း": 1e6, "ကုဋေ": 1e7}
# Written straight after the digits (1万2千, 200만, 2亿).
SCALE_CHARS = "万萬億千亿만억천"  # not 조: 제3조 is Article 3
# Scripts written without spaces: a scale word there runs into the next word (2 ล้านยูโร).
UNSPACED_SCALES = ("พัน", "หมื่น", "แสน", "ล้านล้าน", "ล้าน", "ລ້ານລ້ານ", "ពាន់", "ម៉ឺន", "សែន", "លាន", "ພັນ", "ໝື່ນ", "ແສນ", "ລ້ານ", "ຕື້",
                   "ထောင်", "သောင်း", "သိန်း", "သန်း", "ကုဋေ")
# Too short to take a case ending: শত (hundred) would read শতাংশ (per cent) as hundreds.
NO_ENDINGS = frozenset({"শত", "শো", "सौ", "सय", "tỉ", "tỷ"})  # short words: सौदा (a deal) is no hundred, tỉnh (a province) no billion
WORDS: dict[str, dict[str, int]] = {
    "en": {**{w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split())}, "twice": 2, "thrice": 3,
        "dozen": 12, "decade": 10},  # per decade = 10年当たり
    "bn": {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8,
           "নয়": 9, "দশ": 10, "দুজন": 2, "একজন": 1, "এগারো": 11, "বারো": 12, "তেরো": 13,
           "চোদ্দ": 14, "চৌদ্দ": 14, "পনেরো": 15, "ষোলো": 16, "সতেরো": 17, "আঠারো": 18, "উনিশ": 19,
           "বিশ": 20, "কুড়ি": 20, "ত্রিশ": 30, "চল্লিশ": 40, "পঞ্চাশ": 50, "ষাট": 60, "সত্তর": 70,
           "আশি": 80, "নব্বই": 90, "একশ": 100, "একশো": 100, "একশত": 100, "শতাধিক": 100,
           # one and a half and two and a half hundred, written as one word
           "দেড়শ": 150, "দেড়শো": 150, "দেড়শত": 150, "আড়াইশ": 250, "আড়াইশো": 250},
    "ru": {"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3,
           "трех": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
           "десять": 10, "двое": 2, "трое": 3, "одного": 1, "одной": 1, "одному": 1, "двум": 2,
           "двумя": 2, "трём": 3, "трем": 3, "тремя": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
           "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцать": 20,
           "двадцати": 20, "третьего": 3, "второго": 2, "первого": 1, "дважды": 2, "трижды": 3},
    "de": {**{w: i for i, w in enumerate("null eins zwei drei vier fünf sechs sieben acht neun zehn".split())},
           "zweimal": 2, "dreimal": 3},
    # with the Swiss and Belgian tens (septante, huitante, nonante)
    "fr": {**{w: i for i, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix".split())},
           "septante": 70, "huitante": 80, "octante": 80, "nonante": 90},
}
# More languages, soft like the rest: a word here can only stand for a digit on the other side
# (5 people = cinco personas), never be reported itself; ambiguous words (Dutch een, Vietnamese
# năm) are harmless for that reason.
WORDS.update({
    "es": {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
           "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100},
    "it": {"uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "venti": 20, "trenta": 30,
           "cento": 100},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "vinte": 20,
           "trinta": 30, "cem": 100},
    "nl": {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "honderd": 100},
    "pl": {"jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
           "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "dwanaście": 12,
           "dwadzieścia": 20},
    "uk": {"один": 1, "одна": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6,
           "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10, "дванадцять": 12, "двадцять": 20},
    "el": {"ένα": 1, "ένας": 1, "μία": 1, "μια": 1, "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4,
           "τέσσερις": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9,
           "εννιά": 9, "δέκα": 10, "έντεκα": 11, "δώδεκα": 12, "είκοσι": 20},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
           "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "yüz": 100},
    "id": {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9, "sepuluh": 10},
    "or": {"ଏକ": 1, "ଦୁଇ": 2, "ତିନି": 3, "ଚାରି": 4, "ପାଞ୍ଚ": 5, "ଛଅ": 6, "ସାତ": 7, "ଆଠ": 8, "ନଅ": 9, "ଦଶ": 10,
           "କୋଡ଼ିଏ": 20, "ଶହେ": 100},
    "mt": {"wieħed": 1, "waħda": 1, "tnejn": 2, "żewġ": 2, "tlieta": 3, "tliet": 3, "erbgħa": 4, "erba'": 4,
           "ħamsa": 5, "ħames": 5, "sitta": 6, "sitt": 6, "sebgħa": 7, "seba'": 7, "tmienja": 8, "tmien": 8,
           "disgħa": 9, "disa'": 9, "għaxra": 10, "għaxar": 10, "għoxrin": 20, "mija": 100},
    "is": {"einn": 1, "ein": 1, "eitt": 1, "tveir": 2, "tvær": 2, "tvö": 2, "tveimur": 2, "tveggja": 2,
           "þrír": 3, "þrjár": 3, "þrjú": 3, "þremur": 3, "fjórir": 4, "fjórar": 4, "fjögur": 4, "fimm": 5,
           "sex": 6, "sjö": 7, "átta": 8, "níu": 9, "tíu": 10, "ellefu": 11, "tólf": 12, "þrettán": 13,
           "fjórtán": 14, "fimmtán": 15, "sextán": 16, "sautján": 17, "átján": 18, "nítján": 19,
           "tuttugu": 20, "þrjátíu": 30, "fjörutíu": 40, "fimmtíu": 50, "sextíu": 60, "sjötíu": 70,
           "áttatíu": 80, "níutíu": 90, "hundrað": 100},
    "so": {"kow": 1, "hal": 1, "laba": 2, "saddex": 3, "afar": 4, "shan": 5, "lix": 6, "toddoba": 7,
           "siddeed": 8, "sagaal": 9, "toban": 10, "labaatan": 20, "soddon": 30, "afartan": 40,
           "konton": 50, "lixdan": 60, "toddobaatan": 70, "siddeetan": 80, "sagaashan": 90, "boqol": 100},
    "sq": {"një": 1, "dy": 2, "tre": 3, "tri": 3, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7,
           "tetë": 8, "nëntë": 9, "dhjetë": 10, "njëmbëdhjetë": 11, "dymbëdhjetë": 12, "trembëdhjetë": 13,
           "katërmbëdhjetë": 14, "pesëmbëdhjetë": 15, "gjashtëmbëdhjetë": 16, "shtatëmbëdhjetë": 17,
           "tetëmbëdhjetë": 18, "nëntëmbëdhjetë": 19, "njëzet": 20, "tridhjetë": 30, "dyzet": 40,
           "pesëdhjetë": 50, "njëqind": 100},
    "az": {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8,
           "doqquz": 9, "on": 10, "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50, "yüz": 100},
    "sw": {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8,
           "tisa": 9, "kumi": 10},
    "tl": {"isa": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7, "walo": 8,
           "siyam": 9, "sampu": 10, "labindalawa": 12},
    "vi": {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
           "mười": 10},
    "ar": {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5,
           "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9,
           "تسع": 9, "عشرة": 10, "عشر": 10, "أحد": 1, "إحدى": 1, "احدى": 1, "اثنا": 2, "اثني": 2,
           "اثنتا": 2, "اثنتي": 2, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30,
           "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60,
           "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
           "مائة": 100, "مئة": 100, "مئتان": 200, "مئتين": 200, "مئتا": 200, "مئتي": 200, "مائتان": 200,
           "مائتين": 200, "مائتا": 200, "مائتي": 200,
           # the dual of a thousand, a million, a billion: ألفي / ألفين شلن (two thousand); not ألفا
           # and مليونا, which are also a thousand and a million in the accusative (خمسين ألفًا)
           "ألفان": 2000, "ألفين": 2000, "ألفي": 2000, "مليونان": 2_000_000, "مليونين": 2_000_000,
           "ملياران": 2_000_000_000, "مليارين": 2_000_000_000, "مليوني": 2_000_000, "ملياري": 2_000_000_000,
           **{u + h: 100 * k for k, u in enumerate(("", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"))
              if u for h in ("مئة", "مائة")}},
    "he": {"אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלוש": 3,
           "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5, "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7,
           "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10, "עשר": 10},
    "fa": {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
           "یازده": 11, "دوازده": 12, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60,
           "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100},
    "hi": {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8,
           "नौ": 9, "दस": 10, "बारह": 12, "बीस": 20},
    # Nepali (not छ, six, which is also "is"), bare and with -जना (persons) or -को (of): तीनजना, तीनको
    "ne": {w + e: v for w, v in (("दुई", 2), ("तीन", 3), ("चार", 4), ("पाँच", 5), ("पांच", 5), ("सात", 7),
                                 ("आठ", 8), ("नौ", 9), ("दस", 10), ("बाह्र", 12), ("बीस", 20))
           for e in ("", "जना", "को", "वटा", "जनाको")},
    "mr": {"एक": 1, "दोन": 2, "तीन": 3, "चार": 4, "पाच": 5, "सहा": 6, "सात": 7, "आठ": 8, "नऊ": 9, "दहा": 10,
           "अकरा": 11, "बारा": 12, "तेरा": 13, "चौदा": 14, "पंधरा": 15, "सोळा": 16, "सतरा": 17, "अठरा": 18,
           "एकोणीस": 19, "वीस": 20, "तीस": 30, "चाळीस": 40, "पन्नास": 50, "साठ": 60, "सत्तर": 70, "ऐंशी": 80,
           "नव्वद": 90, "शंभर": 100},
    "ur": {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10,
           "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15, "سولہ": 16, "سترہ": 17, "اٹھارہ": 18,
           "انیس": 19, "بیس": 20, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "نوے": 90},
    "ps": {"یو": 1, "دوه": 2, "درې": 3, "څلور": 4, "پنځه": 5, "شپږ": 6, "اووه": 7, "اته": 8, "نهه": 9,
           "یوولس": 11, "دولس": 12, "دیارلس": 13, "څوارلس": 14, "پنځلس": 15, "شپاړس": 16, "اوولس": 17,
           "اتلس": 18, "نولس": 19, "څلوېښت": 40, "پنځوس": 50, "شپېته": 60, "اویا": 70, "اتیا": 80, "نوي": 90,
           "لس": 10, "شل": 20, "دېرش": 30, "سل": 100},
    "ko": {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
           "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스물": 20, "스무": 20},
})


def _inflected(stems: dict[str, int], endings: str) -> dict[str, int]:
    """Each stem with each space-separated ending; a leading space lists the bare stem too."""
    return {stem + e: v for stem, v in stems.items() for e in endings.split(" ")}


# Ordinals (the first line = 1号线 = Line 1): soft like the words above, so they only ever
# account for a digit, and never count as a changed number themselves (see ORDINAL_WORDS).
ORDINALS: dict[str, dict[str, int]] = {
    "en": {w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)},
    "es": {**_inflected({"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6,
                         "séptim": 7, "octav": 8, "noven": 9, "décim": 10, "undécim": 11, "duodécim": 12,
                         "decimoprimer": 11, "decimosegund": 12, "decimotercer": 13, "decimocuart": 14,
                         "decimoquint": 15, "decimosext": 16, "decimoséptim": 17, "decimoctav": 18,
                         "decimonoven": 19, "vigésim": 20, "trigésim": 30}, "o a os as"),
           "primer": 1, "tercer": 3, "decimotercer": 13},
    "pt": _inflected({"primeir": 1, "segund": 2, "terceir": 3, "quart": 4, "quint": 5, "sext": 6,
                      "sétim": 7, "oitav": 8, "non": 9, "décim": 10}, "o a os as"),
    "it": _inflected({"prim": 1, "second": 2, "terz": 3, "quart": 4, "quint": 5, "sest": 6,
                      "settim": 7, "ottav": 8, "non": 9, "decim": 10}, "o a i e"),
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2,
           **_inflected({"deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
                         "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10}, " s")},
    "de": _inflected({"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                      "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10}, "e en er es em"),
    "ru": _inflected({"перв": 1, "втор": 2, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
                      "седьм": 7, "восьм": 8, "девят": 9, "десят": 10},
                     "ый ой ая ое ые ого ому ым ом ой ую ых ыми")
          | _inflected({"трет": 3}, "ий ья ье ьи ьего ьему ьим ьем ьей ью ьих ьими"),
    # Hindi and Marathi-style ordinals with their gender and oblique forms (तीसरे नंबर पर: at No. 3)
    "hi": {**_inflected({"पहल": 1, "दूसर": 2, "तीसर": 3, "चौथ": 4}, "ा े ी"),
           **_inflected({"पांचव": 5, "पाँचव": 5, "छठ": 6, "सातव": 7, "आठव": 8, "नौव": 9, "दसव": 10},
                        "ां ें ीं ा े ी")},
    "fa": {**_inflected({"اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6,
                         "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10}, " ین")},
    # Arabic: masculine and feminine (ة); the article is cut before lookup (الثالثة والثلاثين = 33rd)
    "ar": _inflected({"ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9,
                      "عاشر": 10, "ثاني": 2, "حادي": 1}, " ة"),
}
# German acht (8) and Russian восьми (8) are cardinals too: keep the cardinal reading.
for _lang, _table in ORDINALS.items():
    for _w, _v in _table.items():
        WORDS.setdefault(_lang, {}).setdefault(_w, _v)
# Tokens are compared case-folded (Greek final ς folds to σ): keys are folded the same way.
# Latin: one to three and the hundreds decline (ducenti, ducentorum, ducentis …)
# Mongolian: each number word has an attributive form in -н before a noun (гурван хүн, арван мянган).
# Ordinals of the tens, declined (сороковий сезон, в сороковом сезоне: the 40th season); not the
# plural genitive, which counts fractions (две десятых, 0.2)
WORDS["uk"].update({stem + e: v for stem, v in (
    ("десят", 10), ("двадцят", 20), ("тридцят", 30), ("сороков", 40), ("п'ятдесят", 50), ("шістдесят", 60),
    ("сімдесят", 70), ("вісімдесят", 80), ("дев'яност", 90), ("сот", 100))
    for e in ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і")})
WORDS["ru"].update({stem + e: v for stem, v in (
    ("десят", 10), ("двадцат", 20), ("тридцат", 30), ("пятидесят", 50), ("шестидесят", 60),
    ("семидесят", 70), ("восьмидесят", 80), ("девяност", 90), ("сот", 100))
    for e in ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые")})
WORDS["ru"].update({"сорок" + e: 40 for e in ("овой", "ового", "овому", "овым", "овом", "овая", "овую", "овое", "овые",
                                             "овых")})
# Cardinal tens and hundreds, with the genitive the counted noun takes (шістсот днів, 600 days;
# более пятисот человек, over 500 people)
WORDS["ru"].update({w: v for forms, v in (
    (("тридцать", "тридцати"), 30), (("сорок", "сорока"), 40), (("пятьдесят", "пятидесяти"), 50),
    (("шестьдесят", "шестидесяти"), 60), (("семьдесят", "семидесяти"), 70), (("восемьдесят", "восьмидесяти"), 80),
    (("девяносто",), 90), (("сто", "ста"), 100), (("двести", "двухсот"), 200), (("триста", "трёхсот", "трехсот"), 300),
    (("четыреста", "четырёхсот", "четырехсот"), 400), (("пятьсот", "пятисот"), 500), (("шестьсот", "шестисот"), 600),
    (("семьсот", "семисот"), 700), (("восемьсот", "восьмисот"), 800), (("девятьсот", "девятисот"), 900))
    for w in forms})
WORDS["uk"].update({w.replace("'", q): v for forms, v in (
    (("тридцять", "тридцяти"), 30), (("сорок", "сорока"), 40), (("п'ятдесят", "п'ятдесяти"), 50),
    (("шістдесят", "шістдесяти"), 60), (("сімдесят", "сімдесяти"), 70), (("вісімдесят", "вісімдесяти"), 80),
    (("дев'яносто",), 90), (("сто", "ста"), 100), (("двісті", "двохсот"), 200), (("триста", "трьохсот"), 300),
    (("чотириста", "чотирьохсот"), 400), (("п'ятсот", "п'ятисот"), 500), (("шістсот", "шестисот"), 600),
    (("сімсот", "семисот"), 700), (("вісімсот", "восьмисот"), 800), (("дев'ятсот", "дев'ятисот"), 900))
    for w in forms for q in ("'", "’", "ʼ")})
WORDS["mn"] = {w: v for forms, v in (
    (("нэг", "нэгэн"), 1), (("хоёр",), 2), (("гурав", "гурван"), 3), (("дөрөв", "дөрвөн"), 4), (("тав", "таван"), 5),
    (("зургаа", "зургаан"), 6), (("долоо", "долоон"), 7), (("найм", "найман"), 8), (("ес", "есөн"), 9),
    (("арав", "арван"), 10), (("хорь", "хорин"), 20), (("гуч", "гучин"), 30), (("дөч", "дөчин"), 40),
    (("тавь", "тавин"), 50), (("жар", "жаран"), 60), (("дал", "далан"), 70), (("ная", "наян"), 80),
    (("ер", "ерэн"), 90), (("зуу", "зуун"), 100)) for w in forms}
WORDS["la"] = {
    **dict.fromkeys(("unus", "una", "unum", "unius", "uni", "unam", "uno"), 1),
    **dict.fromkeys(("duo", "duae", "duorum", "duarum", "duobus", "duabus", "duos", "duas"), 2),
    **dict.fromkeys(("tres", "tria", "trium", "tribus"), 3),
    "quattuor": 4, "quinque": 5, "sex": 6, "septem": 7, "octo": 8, "novem": 9, "decem": 10, "undecim": 11,
    "duodecim": 12, "tredecim": 13, "quattuordecim": 14, "quindecim": 15, "sedecim": 16, "septendecim": 17,
    "duodeviginti": 18, "undeviginti": 19, "viginti": 20, "triginta": 30, "quadraginta": 40, "quinquaginta": 50,
    "sexaginta": 60, "septuaginta": 70, "octoginta": 80, "nonaginta": 90, "centum": 100, "mille": 1000,
    # two and one short of the next ten: duodequadraginta (38), undequadraginta (39)
    **{pre + ten: v - k for ten, v in (("triginta", 30), ("quadraginta", 40), ("quinquaginta", 50), ("sexaginta", 60),
                                      ("septuaginta", 70), ("octoginta", 80), ("nonaginta", 90), ("centum", 100))
       for pre, k in (("duode", 2), ("unde", 1))},
    **{stem + end: 100 * k for k, stem in enumerate(("", "", "ducent", "trecent", "quadringent", "quingent",
                                                       "sescent", "septingent", "octingent", "nongent"))
       if stem for end in ("i", "ae", "a", "orum", "arum", "is", "os", "as")},
}
for _lang in list(WORDS):
    WORDS[_lang] = {fold(w): v for w, v in WORDS[_lang].items()}
ORDINAL_WORDS = frozenset(fold(w) for table in ORDINALS.values() for w in table) | {
    fold(w) for w in ("третьего", "второго", "первого")}
# Teens and tens, read as words too; a tens word followed by a unit word is one number
# (forty-eight, сорока восьми, vingt-deux), German writes it as one (achtundvierzig).
TENS: dict[str, dict[str, int]] = {
    "en": {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90, "hundred": 100},
    "ru": {"одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
           "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
           "девятнадцать": 19, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13,
           "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
           "восемнадцати": 18, "девятнадцати": 19, "тридцать": 30, "тридцати": 30, "сорок": 40,
           "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
           "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
           "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100},
    "de": {"ein": 1, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
           "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100},
    "fr": {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100},
    "it": {"tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
           "diciotto": 18, "diciannove": 19, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
           "settanta": 70, "ottanta": 80, "novanta": 90},
    "es": {"dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "sesenta": 60,
           "setenta": 70, "ochenta": 80, "noventa": 90},
    "pt": {"treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
           "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
           "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90},
}
# Ordinals 11-20 of the languages that build them on the cardinal: quindicesimo, quinzième,
# fünfzehnte (the rank in a league table, a round, an anniversary).
ORDINALS_TEENS: dict[str, dict[str, int]] = {
    "it": _inflected({"undicesim": 11, "dodicesim": 12, "tredicesim": 13, "quattordicesim": 14,
                      "quindicesim": 15, "sedicesim": 16, "diciassettesim": 17, "diciottesim": 18,
                      "diciannovesim": 19, "ventesim": 20}, "o a i e"),
    "fr": _inflected({"onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
                      "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18,
                      "dix-neuvième": 19, "vingtième": 20}, " s"),
    "de": _inflected({"elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15,
                      "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
                      "zwanzigst": 20}, "e en er es em"),
}
for _lang, _extra in TENS.items():
    WORDS.setdefault(_lang, {}).update(_extra)
for _lang, _extra in ORDINALS_TEENS.items():
    WORDS.setdefault(_lang, {}).update({fold(w): v for w, v in _extra.items()})
ORDINAL_WORDS = ORDINAL_WORDS | frozenset(fold(w) for table in ORDINALS_TEENS.values() for w in table)


_NGUNI = frozenset({"zu", "xh", "nr", "ss"})
_NGUNI_PREFIX = re.compile(r"^(?:ngo|nga|kuka|ku|ka|u)(?=[a-z]{4})")
_HEBREW_PREFIXES = "בוהלמ"  # במרץ (in March), ומאי (and May)


@lru_cache(maxsize=64)  # small: kept when a batch worker drops its per-text caches
def _initials(code: str) -> frozenset[str]:
    """First two letters of the month names of ``code`` and of English (the fallback): most
    words of a text start otherwise, and need no closer look."""
    extra = MONTHS_EXTRA.get(code, {})
    return frozenset(w[:2] for c in (code, "en") for w in MONTHS.get(c, ())) | frozenset(w[:2] for w in extra)


def _accentless(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


# Words a month stem begins that are no month: Polish mają ("they have"; May is maj, maja, maju).
_NOT_MONTHS = frozenset({("pl", "mają"), ("pl", "majątek"), ("pl", "majowy"),
                         ("fa", "مهر"), ("prs", "مهر")})  # Mehr, the Solar Hijri month, is no May (مه)
# Tamil case endings after a month name that ends in a consonant
_TAMIL_CASE = re.compile("(.+?)(?:\u0bbf\u0bb2\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1|\u0bbf\u0bb2\u0bc7\u0baf\u0bc7"
                         "|\u0bc1\u0b95\u0bcd\u0b95\u0bc1\u0bb3\u0bcd"  # டிசம்பருக்குள் (by December)
                         "|\u0bbf\u0bb2\u0bcd|\u0bbf\u0ba9\u0bcd|\u0bc1\u0b95\u0bcd\u0b95\u0bc1|\u0bc1\u0b9f\u0ba9\u0bcd|\u0bc8)\\Z")
# Languages whose MONTHS entries are stems that take case endings; the others list whole words.
_STEMMED_MONTHS = frozenset({"ru", "uk", "pl", "el", "sk", "fi", "et", "sl", "lv", "sr", "be", "kk", "tg", "tt", "tk", "ba", "ce", "os",
                             "kmr", "ku",
                             "ky", "hy", "ka", "ml", "te", "kn", "gu", "pa", "si"})


_UNINFLECTED_MONTHS = frozenset({"en", "fr", "es", "it", "pt", "ca", "gl", "nl", "af", "da", "no", "nb", "sv",
                                 "id", "ms", "tl", "sw", "vi", "rw", "am", "jv", "su", "sn", "ceb", "lg", "wo", "fo",
                                 "fy", "rm", "cy"})


_ELIDED = re.compile(r"^(?:[a-z]|dell|nell|all|dall|sull)['’]")  # also Kinyarwanda k'Ugushyingo


_STACKED_ENDINGS = frozenset({"ky", "kk", "tk", "uz", "az", "tt", "ba", "ug", "tg", "mn"})


_GEORGIAN_POSTPOSITIONS = ("ისთვის", "ამდე", "მდე", "იდან", "დან", "ისა")
_GEORGIAN_SYNCOPE = ("", "თებერვლ", "", "", "", "", "", "", "სექტემბრ", "ოქტომბრ", "ნოემბრ", "დეკემბრ")


@lru_cache(maxsize=65536)
def month_of(token: str, lang: str, whole: bool = False) -> int:
    """The month (1-12) a word names in ``lang`` or English, else 0: a month stem plus at most a
    short case ending (марта, মার্চে, Μαρτίου); Greek without accents, Hebrew with a prefix.
    ``whole``: where the table lists whole words, the word itself (so the name Mayer is not
    May with an ending)."""
    if primary_language(lang) in ("ce", "os") and token[:1].isupper():
        return 0  # months are written in lower case there: Хьалха-Марта is a town, not March
    if primary_language(lang) == "cy" and token[:1].islower():
        return 0  # Welsh capitalises its months: mai is "that" (dywedodd mai 12 …)
    f = fold(token)
    if f.endswith(("'s", "’s")):  # March's
        f = f[:-2]
    if "'" in f[:5] or "’" in f[:5]:
        f = _ELIDED.sub("", f)  # Catalan l'octubre, French d'avril, Italian dell'agosto
    code0 = primary_language(lang)
    if code0 == "el":
        f = _accentless(f)
    if code0 == "yi":  # YIVO spelling points its vowels (פֿעברואַר); many writers do not
        f = "".join(ch for ch in f if not unicodedata.combining(ch))
    if code0 in _NGUNI and len(f) > 6 and f[:2] not in _initials(code0):
        f = _NGUNI_PREFIX.sub("", f)  # ngoNhlolanja (in February), kuMbasa, uZibandlela
    if not f or (f[:2] not in _initials(code0) and code0 not in ("he", "am")):
        return 0  # most words start with letters no month name does
    extra = MONTHS_EXTRA.get(code0, {}).get(f)
    if extra:
        return extra
    if (code0, f) in _NOT_MONTHS:
        return 0
    forms = [f]
    if "\u200c" in f[2:]:  # a zero-width non-joiner parts stem and ending: ಡಿಸೆಂಬರ್‌ನಲ್ಲೇ (in December)
        forms.append(f[: f.index("\u200c", 2)])
    if code0 == "he" and len(f) > 3 and f[0] in _HEBREW_PREFIXES:
        forms.append(f[1:].lstrip("-"))
        if len(f) > 4 and f[1] in _HEBREW_PREFIXES:  # stacked: ובמרץ (and in March)
            forms.append(f[2:].lstrip("-"))
    if code0 == "ta" and (tm := _TAMIL_CASE.match(f)) is not None:
        base = tm.group(1)  # அக்டோபரில் (in October): the ending takes the place of the virama,
        # after a consonant it doubles (மார்ச்சில், in March)
        forms.append(base[:-1] if len(base) > 3 and base[-1] == base[-3] and base[-2] == "\u0bcd" else base + "\u0bcd")
    if code0 == "ka":  # Georgian postpositions written onto the month: მარტისთვის (by March), მარტამდე, მაისიდან
        forms.extend(f[: -len(p)] for p in _GEORGIAN_POSTPOSITIONS if f.endswith(p) and len(f) - len(p) >= 4)
        # the stem drops its last vowel before an ending: ოქტომბერი, ოქტომბრის (of October)
        syncope = next((k for k, st in enumerate(_GEORGIAN_SYNCOPE) if st and f.startswith(st)), None)
        if syncope is not None and len(f) - len(_GEORGIAN_SYNCOPE[syncope]) <= 6:
            return syncope + 1
    if code0 == "am":  # ከኦክቶበር (from October), እስከ ኖቬምበር: prepositions written onto the month
        forms.extend(f[len(p):] for p in ("እስከ", "ከ", "በ", "የ", "ለ") if f.startswith(p) and len(f) > len(p) + 2)
    for code in (code0, "en"):
        best = 0
        # English month names inside another language, and months of languages that do not
        # inflect them, are whole words: French marché is no March, mais no May.
        exact = (whole and code not in _STEMMED_MONTHS) or (code != code0 and code0 != "en") or (
            code0 in _UNINFLECTED_MONTHS)
        # Turkic endings stack (Kyrgyz апрелинде: possessive + locative)
        longest = 5 if code0 in _STACKED_ENDINGS and code == code0 else 3
        # (but not on a three-letter stem: Uzbek maydoni (its area) is no May)
        for i, stem in enumerate(MONTHS.get(code, ())):
            # "ма" (Russian May) needs more care: only short forms
            if any(w == stem if exact else
                   (w.startswith(stem) and len(w) - len(stem) <= (longest if len(stem) > 3 else min(longest, 3))
                    and (len(stem) > 2 or len(w) <= 3))
                   for w in forms):
                best = i + 1
        if best:
            return best
    return 0
