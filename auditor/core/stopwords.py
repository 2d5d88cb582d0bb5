"""Function words per language: pronouns, articles, prepositions, conjunctions, auxiliaries.

Pure data. Used where a capital proves nothing (a sentence-initial function word is no name)
and where a word must carry meaning (a preposition is never a rendering of a term). Short
hand-made lists of the commonest words, enough for those two uses, not a full stop list.
"""

from __future__ import annotations

from auditor.core.normalize import primary_language

# Function words that start sentences; the lower-case test catches most others.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an the this that these those there here he she it its they them their we our you your i "
        "his her him hers himself herself itself themselves my me us who whom whose which what why when where how and but or nor so yet for of "
        "in on at to by from with without into onto as if then than though although because while "
        "after before since until during due according all any some many most more much such no not "
        "only also even mainly meanwhile however therefore thus both each every either neither other "
        "another one two three first second last next is was are were be been being has have had do "
        "does did will would can could may might must shall should mr mrs ms dr st mt "
        "inside outside within around across along among toward towards upon onto near beyond despite per via".split()
    ),
    "ru": frozenset(
        "и в во не что он она оно они на я с со как а то все она так его но да ты к у же вы за бы по "
        "только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже "
        "или ни быть был была были него до вас нибудь опять уж вам ведь там потом себя ничего ей может "
        "тут где есть надо ней для мы тебя их чем сам чтобы без будто чего раз тоже себе под будет ж "
        "тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее "
        "сейчас куда зачем всех никогда можно при наконец два об другой хоть после над больше тот "
        "через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед "
        "иногда лучше чуть том нельзя такой им более всегда конечно всю между по-видимому однако "
        "также кроме именно поэтому это эта".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einer eines einem einen und oder aber doch wenn weil als wie "
        "er sie es wir ihr ich du man im in am an auf aus bei mit nach von vor zu zum zur über unter "
        "nicht auch nur noch schon so dann da dort hier dies diese dieser dieses jener alle viele innerhalb "
        "außerhalb während gemäß laut wegen trotz seit bis durch gegen ohne um ab zwischen neben binnen "
        "sowie bzw soweit sofern falls jedoch sondern ist sind war waren wird werden wurde wurden hat haben".split()
    ),
    "fr": frozenset(
        "le la les un une des du de et ou mais donc or ni car il elle ils elles nous vous je tu on ce "
        "cet cette ces son sa ses leur leurs dans en sur sous pour par avec sans selon après avant "
        "pendant depuis quand si comme que qui quoi où pourquoi comment tous toutes tout aussi ainsi".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas y o pero ni que quien cual donde cuando como por para con sin "
        "sobre entre desde hasta según él ella ellos ellas nosotros yo tú este esta estos estas ese esa "
        "aquel su sus también así del al se lo le les nos muy ya es son fue más".split()
    ),
    # The commonest function words of more languages (pronouns, articles, prepositions,
    # conjunctions, auxiliaries): enough that a preposition is never taken for a content word.
    "uk": frozenset(
        "і й та а але або що як на в у з із зі до від для по за під над про при через без між він вона "
        "воно вони його її їх їм йому ми ви я ти це цей ця ці той та те ті який яка яке які котрий "
        "не ні так також вже ще лише тільки був була було були бути є буде будуть може після перед "
        "коли де чи якщо щоб тому тоді там тут свій своя своє свої себе".split()
    ),
    "bg": frozenset(
        "и а но или че как на в във с със до от за по под над при през без между към той тя то те "
        "него нея него тях му ѝ им ни ви аз ти ние вие това този тази тези онзи който която което "
        "които не ни така също вече още само бил била било били е са съм си сме сте ще да може "
        "след преди когато където дали ако свой своя свое свои себе".split()
    ),
    "pl": frozenset(
        "i a ale lub albo że jak na w we z ze do od dla po za pod nad przez bez między przy o u on "
        "ona ono oni one jego jej ich im mu my wy ja ty to ten ta te tego tej który która które "
        "którzy nie ani tak także też już jeszcze tylko był była było byli być jest są będzie może "
        "po przed gdy kiedy gdzie czy jeśli aby swój swoja swoje się".split()
    ),
    "cs": frozenset(
        "a i ale nebo že jak na v ve s se do od pro po za pod nad přes bez mezi při o u k ke on ona "
        "ono oni jeho její jejich jim mu my vy já ty to ten ta ty toho té který která které kteří "
        "ne ani tak také již už ještě jen byl byla bylo byli být je jsou bude může před když kde "
        "zda jestli aby svůj svá své".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una e ed o ma che come di del della dei delle degli a al alla ai "
        "alle da dal dalla in nel nella nei su sul sulla per con tra fra senza lui lei loro suo sua "
        "suoi sue questo questa questi queste quello quella quale quali non anche già ancora solo "
        "era erano è sono stato stata essere ha hanno dopo prima quando dove se perché".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas e ou mas que como de do da dos das em no na nos nas por pelo pela "
        "para com sem entre sobre ele ela eles elas seu sua seus suas este esta estes estas esse essa "
        "aquele aquela qual quais não também já ainda só era eram é são foi foram ser tem têm depois "
        "antes quando onde se porque".split()
    ),
    "nl": frozenset(
        "de het een en of maar dat die dit deze als van in op aan met voor door bij naar uit over "
        "onder tussen zonder hij zij ze het zijn haar hun hem wij we jullie ik jij niet ook al nog "
        "alleen was waren is zijn wordt werd worden heeft hebben na voordat toen waar wanneer omdat".split()
    ),
    "hi": frozenset(
        "का के की को में से ने पर तक भी ही है हैं था थे थी हो होगा होगी और या तथा एवं लेकिन यह वह ये वे इस उस इन "
        "उन कि जो जब तब अब कर करने किया किए गया गई गए जा जाता जाती जाया जाएगा जाएगी रहा रही रहे एक लिए साथ "
        "बाद पहले नहीं अपने अपनी द्वारा".split()
    ),
    "ne": frozenset(
        "को का की ले लाई मा बाट र तथा वा पनि नै हो छ छन् थियो थिए भएको भएका गरेको गरेका गर्न यो त्यो यी ती "
        "उनी उनले एक लागि साथ पछि अघि छैन आफ्नो".split()
    ),
    "mr": frozenset(
        "आणि किंवा पण की हा ही हे तो ती ते या त्या च्या चा ची चे ला ना ने त आहे आहेत होता होती होते होईल "
        "असे एक साठी नंतर आधी नाही आपल्या".split()
    ),
    "bn": frozenset(
        "এবং ও বা কিন্তু যে এই ওই সেই এ সে তিনি তারা তাঁর তার তাদের আমি আমরা একটি এক না নয় হয় হয়েছে "
        "হয়েছিল ছিল ছিলেন করে করা করেছে করেন থেকে জন্য দিয়ে সঙ্গে পরে আগে বলে".split()
    ),
    "sv": frozenset(
        "och eller men att som en ett den det de dem denna detta dessa på i av till från med för om under "
        "över efter före hos vid mot utan han hon hans hennes deras vi ni jag du inte också redan bara "
        "var är har hade blir blev kan ska skulle när där här även sin sitt sina fler flera stora stor "
        "många mycket alla andra".split()
    ),
    "da": frozenset(
        "og eller men at som en et den det de dem denne dette disse på i af til fra med for om under "
        "over efter før hos ved mod uden han hun hans hendes deres vi jeg du ikke også allerede kun var "
        "er har havde bliver blev kan skal skulle når hvor her sin sit sine flere store stor mange meget "
        "alle andre".split()
    ),
    "no": frozenset(
        "og eller men at som en et ei den det de dem denne dette disse på i av til fra med for om under "
        "over etter før hos ved mot uten han hun hans hennes deres vi jeg du ikke også allerede bare var "
        "er har hadde blir ble kan skal skulle når hvor her sin sitt sine flere store stor mange mye "
        "alle andre".split()
    ),
    "fi": frozenset(
        "ja tai mutta että kun jos kuin joka jotka mikä mitkä se ne hän he me te minä sinä tämä nämä tuo "
        "ei eikä myös jo vain on ovat oli olivat ollut olla sekä kanssa mukaan jälkeen ennen aikana noin "
        "yli alle kaikki muut".split()
    ),
    "hu": frozenset(
        "a az egy és vagy de hogy mint ha amely amelyek aki akik ez azt ezt ők mi ti én te nem is már "
        "csak még volt voltak van vannak lesz lett pedig szerint után előtt alatt között mellett minden "
        "más több".split()
    ),
    "tr": frozenset(
        "ve veya ama ancak fakat ile için gibi kadar daha çok bir bu şu o onlar biz siz ben sen de da ki "
        "ne değil olan oldu olarak sonra önce göre karşı her tüm diğer".split()
    ),
    "id": frozenset(
        "dan atau tetapi bahwa yang ini itu dengan untuk dari di ke pada oleh dalam akan telah sudah belum "
        "tidak juga hanya ia dia mereka kami kita saya anda adalah ialah sebagai karena setelah sebelum "
        "para semua lebih".split()
    ),
    "ro": frozenset(
        "și sau dar că ca cum de la în pe cu din pentru prin fără între spre după până el ea ei ele "
        "lui lor său sa săi sale acest această acești aceste acel acea care nu și mai deja încă doar "
        "era erau este sunt fost fi are au va vor când unde dacă pentru".split()
    ),
}


# Function words of a few more languages (Somali, Icelandic, Albanian, Maltese, Azerbaijani): the chain
# signal of inconsistent-translation took Somali haddii ("if") for a term without them.
STOPWORDS.update({
    "so": frozenset(
        "iyo oo ayaa waxa waxaa ka ku u la in ee si ah aan ay uu waa ma mid waxay wuxuu haddii "
        "hadii laakiin sidoo kale kuwa kuwaas taas kaas halkaas inta intii intooda badan aad kii "
        "kale sida markii marka ilaa illaa lagu loo lala laga wax ayuu ayay ayey iska isla".split()),
    "is": frozenset(
        "og að í á er sem við til af með um en var eru hann hún það þeir þær þau ekki frá eftir "
        "fyrir hafa hefur hafi verið vera verður yfir undir þar hér sé nú þegar ef eða einnig "
        "líka þess því þetta þessi sínum sína sinni hans hennar þeirra hjá".split()),
    "sq": frozenset(
        "dhe e të në një që për me nga ka është janë u i së si por edhe ose kur nëse pas para "
        "mbi nën deri tek te do ishte kishte kanë ky kjo këto ato ai ajo ata të tij saj tyre "
        "gjatë sipas pra".split()),
    "mt": frozenset(
        "il l u ta' tal tad tat taż tas li f fil fl minn mill bil b għal għall ma mal lil lill fuq "
        "taħt bejn wara qabel kien kienet kienu huwa hija huma dan din dawn dak dik dawk ukoll imma "
        "però jew iżda biex meta fejn kif min x'inhu naħa oħra kull xi ħafna aktar anke sa".split()),
    "az": frozenset(
        "və bu da də ki ilə üçün olan olaraq isə bir o onun onlar bildirib deyib amma lakin həm "
        "görə kimi qədər sonra əvvəl artıq daha çox hər hansı edir etdi olub olunub ola".split()),
})
STOPWORDS["ru"] = STOPWORDS["ru"] | frozenset(
    "который которая которое которые которого которой котором которым которых которую которыми".split())
STOPWORDS["uk"] = STOPWORDS["uk"] | frozenset(
    "який яка яке які якого якої якому якій яким якими яких яку".split())
STOPWORDS.update({"nb": STOPWORDS["no"], "nn": STOPWORDS["no"], "ms": STOPWORDS["id"]})


def _more() -> None:
    from auditor.core.normalize import fold
    from auditor.core.stopwords_more import MORE

    for code, words in MORE.items():
        STOPWORDS.setdefault(code, frozenset(fold(w) for w in words.split()))


_more()


def stopwords(lang: str) -> frozenset[str]:
    return STOPWORDS.get(primary_language(lang), frozenset())
