"""Function words of 50 more languages, for ``auditor.core.stopwords`` (pure data).

The commonest pronouns, articles, prepositions and postpositions written as words,
conjunctions, auxiliaries, negation and adverbs of degree and time of each language, 80-160
words apiece, lower case and in the usual spelling (Serbian in both scripts; Arabic-script
languages without their clitic prefixes). Written for this project in session 8.
"""

from __future__ import annotations

MORE: dict[str, str] = {
    "am": (  # Amharic
        "እና ወይም ግን ነው ናቸው ነበር ነበሩ ነች ናት ነኝ ነህ ነሽ ነን ናችሁ ይህ ያ እነዚህ እነዚያ እኔ አንተ አንቺ እሱ እርሱ እሷ እርሷ እኛ እናንተ እነሱ እነርሱ እርስዎ "
        "ማን ምን የት መቼ እንዴት ለምን ስንት የትኛው ሁሉ ሁሉም ብዙ ጥቂት አንዳንድ እያንዳንዱ በጣም ብቻ ደግሞ እንዲሁም ገና አሁን ከዚያ እዚህ እዚያ አስቀድሞ ቢሆንም እንደ "
        "ስለ ወደ ውስጥ ላይ ስር ጋር በኋላ በፊት መካከል ድረስ እስከ ያለ የለም አይደለም አለ አሉ ሆኖ ሆነ ይሆናል በዚህ ስለዚህ ስለሆነም ከዚህ እንጂ ከሆነ ቢሆን እንደገና "
        "ሁልጊዜ አንድ ሁለት ሶስት አራት አምስት ራሱ ራሷ ራሳቸው እሳቸው ሌላ ሌሎች ይበልጥ የበለጠ ይልቅ እጅግ ምንም አዎ እንዲህ አሁንም ምክንያቱም ስለሆነ"
    ),
    "ar": (  # Arabic
        "في من إلى على عن مع هذا هذه ذلك تلك هؤلاء أولئك هو هي هم هن أنا نحن أنت أنتم هما الذي التي الذين اللذين "
        "اللتين اللواتي ما ماذا متى أين كيف لماذا هل كم أي لا لم لن ليس ليست كان كانت كانوا يكون تكون قد لقد إن أن "
        "لكن بل أو أم ثم حتى إذا إذ لو لولا كل بعض جميع عدة غير سوى بين عند لدى منذ خلال حول ضد دون بعد قبل فوق تحت "
        "أمام خلف وراء حسب وفق وفقا نحو مثل عبر كما أيضا فقط جدا أكثر أقل الآن هنا هناك حيث حين عندما بينما لأن كي "
        "لكي إلا أما إما يجب ذات ضمن تجاه أصبح صار يزال عليه عليها منه منها له لها لهم به بها فيه فيها إنه أنه إنها "
        "أنها كذلك سوف هكذا معظم ربما دائما أحد إحدى واحد اثنان ثلاثة نفس"
    ),
    "as": (  # Assamese
        "আৰু এটা এখন এই সেই এইটো সেইটো সি তেওঁ তাই মই আমি তুমি আপুনি তই তেওঁলোক মোৰ তোমাৰ আমাৰ আপোনাৰ তাৰ তাইৰ তেওঁৰ "
        "ইয়াৰ সিহঁত সিহঁতৰ নিজ নিজৰ ইয়াত তাত এতিয়া তেতিয়া ইতিমধ্যে এতিয়াও পিছত আগতে বহুত অতি খুব বেছি কম তকৈ "
        "কেৱল মাত্ৰ পৰা সম্পৰ্কে দ্বাৰা লৈকে অনুসৰি মতে কিন্তু বা অথবা সেয়েহে কাৰণ যদি তেন্তে যে যি যিটো ওপৰত তলত "
        "মাজত ভিতৰত বাহিৰত বাবে সৈতে লগত বিনা দৰে নিচিনা আছে আছিল হৈছে হৈছিল হয় হৈ কৰি কৰা কৰে কৰিছে নহয় নাই সকলো "
        "কিছু কিছুমান বহু প্ৰতি প্ৰত্যেক কোন কি কেতিয়া কিয় কেনেকৈ কিমান কোনো পুনৰ সদায় এক দুই তিনি চাৰি পাঁচ "
        "বাহিৰে বিৰুদ্ধে ওচৰত অৰ্থাৎ মোক আমাক তেওঁক তাক ইয়াক এনে তেনে এনেকৈ তেনেকৈ যেনে তথা আদি ইত্যাদি লাগে পাৰে "
        "উচিত"
    ),
    "be": (  # Belarusian
        "я мяне мне мной ты цябе табе ён яго яму ім яна яе ёй ёю яно мы нас нам вы вас вам яны іх імі сябе сабе мой "
        "мая маё мае наш наша нашы ваш ваша вашы свой свая сваё свае гэты гэта гэтая гэтыя гэтага гэтым той тая тое "
        "тыя таго хто што які якая якое якія дзе калі куды чаму як колькі у ў на да з са па пад над перад пры без "
        "праз паміж для ад аб за супраць паводле акрамя пасля і й а але ці або каб бо таму хоць ні быў была было былі "
        "быць будзе будуць ёсць маюць можа могуць трэба не няма нічога ніхто ніколі больш менш вельмі таксама толькі "
        "ужо ўжо яшчэ цяпер потым тут там заўсёды так усе ўсе усё ўсё кожны некалькі шмат многа адзін адна два тры "
        "чатыры пяць"
    ),
    "bs": (  # Bosnian
        "ja mene me meni mi ti tebe te tebi on njega ga njemu mu njim ona nje je njoj joj nju ono nas nama vi vas "
        "vama oni one njih ih njima im se sebe sebi si moj moja moje naš naša naše vaš vaša vaše njegov njen svoj "
        "svoja svoje ovaj ova ovo taj ta to onaj tog toga tom ko šta što koji koja koje gdje kada kako zašto koliko u "
        "na do iz sa s za od po pod nad pred pri bez kroz prema zbog nakon poslije osim i a ali ili da jer ako kao "
        "dok iako pa niti sam smo ste su bio bila bilo bili biti će ću bi ima imaju može mogu nije nisu ne ništa niko "
        "nikad više manje vrlo jako također samo još već sada tada ovdje tamo uvijek tako onda sve svi svaki neki "
        "nekoliko mnogo puno jedan dva tri"
    ),
    "ca": (  # Catalan
        "el la els les un una uns unes jo mi tu ell ella nosaltres vosaltres ells elles em me et te es se ens us li "
        "hi ho meu meva meus meves teu teva seu seva seus seves nostre nostra nostres vostre vostra aquest aquesta "
        "aquests aquestes aquell aquella aquells aquelles això allò què qui quin quina quins quines on quan com "
        "perquè quant a de en amb per sense sobre sota entre fins des cap contra segons durant després abans davant i "
        "o però que si ni sinó mentre doncs és són era eren ser estat està estan ha han he hem havia va van serà "
        "seran pot poden fa no res ningú mai pas més menys molt també només ja encara ara aquí allà així llavors "
        "sempre tan tant bé tot tots tota totes alguns algunes algun alguna cada molts moltes altres altre dos tres "
        "quatre cinc"
    ),
    "cy": (  # Welsh
        "y yr a ac â ag i o yn ar at am gan gyda heb dros drwy trwy wrth rhwng dan tan hyd er ers yng ym mewn tuag "
        "ger fi mi ti di fe e hi ni chi nhw fy dy ei ein eich eu hun hunan iddo iddi iddynt ohono ohoni ohonynt arno "
        "arni arnynt ganddo ganddi amdano wrtho ynddo ynddi hwn hon hyn hwnnw honno hynny yma yna yno mae oedd roedd "
        "bydd fydd bod fod yw ydy ydyn ydw oes sydd byddai fyddai rydw rwy rydyn gallai dylai wedi cael bu fu ddim "
        "nid nad na dim nag ond neu os pan fel oherwydd achos felly sef efallai beth pwy ble pryd sut pam faint pa "
        "mwy llai iawn hefyd unig eisoes eto nawr wedyn erioed byth mor rhy tua ôl bob pob holl rhai llawer pawb "
        "popeth arall eraill gilydd un dau dwy tri tair pedwar pump"
    ),
    "el": (  # Greek
        "ο η το οι τα του της των τον την τους τις ένας μία μια ένα ενός μιας εγώ εσύ αυτός αυτή αυτό αυτοί αυτές "
        "αυτά αυτού αυτής αυτών αυτόν αυτήν αυτούς μας σας μου σου με σε τη εμείς εσείς εμένα εσένα εκείνος εκείνη "
        "εκείνο τέτοιος που πού ποιος ποια ποιο τι πότε πώς πως γιατί πόσο όπου όταν όπως οποίος οποία οποίο από για "
        "προς κατά μετά χωρίς μέχρι έως παρά αντί στο στη στην στον στα στις στους σύμφωνα μεταξύ πριν και κι αλλά ή "
        "ότι αν ενώ επειδή ούτε είτε όμως λοιπόν δηλαδή ώστε είναι ήταν είμαι είσαι είμαστε είστε ήμουν έχει έχουν "
        "έχω είχε είχαν θα να μπορεί μπορούν πρέπει δεν μην μη όχι τίποτα κανείς ποτέ πιο περισσότερο λιγότερο πολύ "
        "επίσης μόνο ήδη ακόμα ακόμη τώρα τότε εδώ εκεί πάντα έτσι πλέον όλοι όλα όλες όλη όλο κάθε κάποιος κάποια "
        "κάποιο πολλά πολλοί πολλές μερικοί δύο τρία"
    ),
    "et": (  # Estonian
        "mina ma minu mu mind mulle mul sina sa sinu su sind sulle sul tema ta teda talle tal meie me meid meile meil "
        "teie te teid teile teil nemad nad neid neile neil nende oma end enda ise see selle seda sellel need too kes "
        "mis mida milline mille kus millal kuhu miks kuidas kui kohta järgi vastu ilma üle alla enne pärast peale "
        "koos juures poole kaudu vahel ees taga läbi mööda ja ning ka aga või et sest kuid nagu kuna kuigi ega on oli "
        "olid olen oleme olete olla olnud oleks saab saavad võib võivad peab peavad tuleb ei pole mitte midagi keegi "
        "kunagi rohkem vähem väga veel juba ainult nüüd siis siin seal alati praegu nii samuti ikka kõik iga mõni "
        "mõned palju paljud üks kaks kolm neli viis"
    ),
    "eu": (  # Basque
        "eta edo baina ere ez bai ezta beraz baizik nahiz arren baldin ea da dira zen ziren du dute zuen zuten izan "
        "izango egin dut dugu duzu naiz gara zara zaio zaie dago daude zegoen ditu dituzte zituen dela zela duela "
        "zuela den diren dagoen bada luke litzateke daiteke ahal behar nahi ezin bat batzuk bi hiru lau bost hau hori "
        "hura honek horrek hark hauek horiek haiek honen horren haren hauen horien hemen hor han orain gero lehen "
        "beti oso gehiago gutxiago baino bakarrik soilik jada oraindik ia are horrela hala gainera ni zu gu zuek nik "
        "zuk guk nire zure bere gure haien niri zuri guri bera berak zer nor non noiz nola zergatik zenbat zein nork "
        "arabera buruz gabe artean bezala ondoren aurretik guztiak guztia dena denak asko gutxi bakoitza beste ezer "
        "inor inoiz"
    ),
    "fa": (  # Persian
        "و در به از که را با این آن برای تا یا اما هم نیز بر است بود شد شده باشد بودند هست نیست نبود دارد داشت دارند "
        "کرد کند کرده کنند خواهد باید شود شوند می من تو او ما شما آنها ایشان وی خود آنان اینجا آنجا اکنون حالا الان "
        "سپس بعد قبل پس چون زیرا اگر وقتی چه چرا کجا کی چگونه چطور چند کدام همه هر برخی بعضی تمام بسیار خیلی بیشتر "
        "کمتر فقط تنها هنوز دیگر هرگز همیشه طبق مطابق درباره بین میان روی زیر پیش نزد کنار بدون مانند مثل چنین چنان "
        "همین همان نه بله ولی اینکه آیا یک دو سه چهار پنج شش هفت هشت ده توسط علیه جز غیر حتی البته شاید همچنین طی هیچ "
        "یکی"
    ),
    "ga": (  # Irish
        "an na ag ar as de do faoi go i in le ó ón roimh thar trí um idir chuig gan seachas sa san sna den don faoin "
        "agam agat aige aici againn agaibh acu orm ort air uirthi orainn oraibh orthu dom duit dó di dúinn daoibh "
        "dóibh liom leat leis léi linn libh leo uaidh uaithi mé tú sé sí muid sinn sibh siad é í iad mise tusa féin "
        "mo a ár bhur is ba bhí tá níl nach nár bhfuil beidh bheadh raibh gur ní níor bheith agus ach nó má dá mar "
        "nuair cé ná cad céard conas cathain cá cén freisin fós anois ansin anseo ann arís riamh níos chomh amháin "
        "cheana fiú réir eile uile gach roinnt mórán aon dhá ceithre cúig seo sin siúd"
    ),
    "gl": (  # Galician
        "o a os as un unha uns unhas do da dos das no na nos nas ao aos á ás polo pola polos polas co dun dunha nun "
        "eu min me ti te el ela nós vós eles elas lle lles se vos meu miña meus miñas teu túa seu súa seus súas noso "
        "nosa voso este esta estes estas isto ese esa eses esas iso aquel aquela aqueles aquelas que quen cal onde "
        "cando como porque canto de en con por para sen sobre entre ata desde segundo contra durante tras ante e ou "
        "pero nin mais aínda é son era eran ser foi foron ten teñen ter había hai está están estar será pode poden "
        "vai van non nada ninguén nunca máis menos moi tamén só xa agora aquí alí así entón sempre tan moito todo "
        "todos toda todas algúns algunhas cada moitos moitas outro outros outra dous dúas tres catro cinco"
    ),
    "gu": (  # Gujarati
        "અને છે છું છીએ છો હતો હતી હતું હતા હશે થયો થઈ થયું થયા થાય થશે કે પણ જ તો ના નહીં નથી ન કરી કર્યું કરે કરવા "
        "કરતા કરતાં માટે સાથે પર વિશે દ્વારા સુધી પછી પહેલાં વચ્ચે અંદર બહાર ઉપર નીચે વગર વિના તરફ મુજબ અનુસાર "
        "પ્રમાણે જેમ તેમ જેવું જેવા જેવી આ તે એ તેઓ અમે આપણે તમે હું તું મારું મારી મારો મારા તમારું તમારી તમારા "
        "અમારું અમારી અમારા આપણું આપણી આપણા તેનું તેની તેના તેનો તેમની તેમના તેમને તેને મને તમને અમને પોતે પોતાના કોણ "
        "શું કેમ ક્યાં ક્યારે કેટલું બધા બધું દરેક કેટલાક ઘણા ઘણું થોડું વધુ વધારે ઓછું ખૂબ બહુ માત્ર ફક્ત હજુ હવે "
        "ત્યારે ત્યાં અહીં જ્યારે જ્યાં જો પરંતુ અથવા એટલે તેથી એક બે ત્રણ ચાર પાંચ જે કોઈ ગયો ગઈ ગયું ગયા શકે જોઈએ "
        "હોય"
    ),
    "ha": (  # Hausa
        "da na ta a ba ne ce su shi ita ni kai ke mu ku sun yana tana suna ina muna kuna zai za zan an ya kuma amma "
        "ko idan in domin saboda don tun har daga zuwa cikin kan bisa wajen game bayan kafin tsakanin kamar wanda "
        "wadda waɗanda wannan waɗannan wancan waccan can nan yanzu yau sai kawai ma duk kowa kowace kowane wasu wani "
        "wata sosai fiye ƙwarai me mene wane wace yaya yaushe wa shin babu ga gare masa mana muku musu mini maka miki "
        "nasa nata nasu namu naku nawa kuwa dai fa tare ciki ɗaya biyu uku huɗu biyar shida bakwai takwas tara goma "
        "cewa yadda inda yayin sannan tuni kaɗai akwai yi ake aka suka yake take suke muke nake kake wato wai"
    ),
    "he": (  # Hebrew
        "אני אתה את הוא היא אנחנו אתם אתן הם הן זה זאת זו אלה אלו הזה הזאת האלה של על עם אל מן בין לפני אחרי תחת מתחת "
        "מעל אצל בלי ללא כמו לגבי למען בגלל עבור אבל או גם רק כי אם כאשר אשר לא אין יש היה הייתה היו יהיה תהיה להיות "
        "כבר עוד עכשיו אז כאן פה שם מאוד יותר פחות כל כמה הרבה מה מי איך למה מדוע מתי איפה היכן איזה איזו כך כן שלי "
        "שלך שלו שלה שלנו שלהם שלהן אותו אותה אותם אותי אותך אותנו לי לך לו לה לנו להם בו בה בהם ממנו עד אחד אחת שני "
        "שתי שלוש ארבע חמש למרות אולם אלא כדי לפי אף אפילו רוב ביותר אחר אחרת אחרים עצמו כזה שוב תמיד אולי הנה כיצד "
        "לכן מאז צריך אפשר"
    ),
    "hr": (  # Croatian
        "ja mene me meni mi ti tebe te tebi on njega ga njemu mu njim ona nje je njoj joj nju ju ono nas nama vi vas "
        "vama oni one njih ih njima im se sebe sebi si moj moja moje naš naša naše vaš vaša vaše njegov njezin svoj "
        "svoja svoje ovaj ova ovo taj ta to onaj toga tim tko što koji koja koje kojeg gdje kada kako zašto koliko u "
        "na do iz s sa k prema o od po pod nad pred za pri bez među kroz zbog nakon tijekom osim protiv i a ali ili "
        "da jer ako kao dok iako pa niti već sam smo ste su bio bila bilo bili biti će ću bi ima imaju može mogu nije "
        "nisu ne ništa nitko nikad više manje vrlo jako također samo još sada tada ovdje tamo uvijek tako onda sve "
        "svi svaki neki nekoliko mnogo jedan dva tri"
    ),
    "hy": (  # Armenian
        "ես դու նա մենք դուք նրանք ինձ քեզ նրան մեզ ձեզ նրանց իմ քո նրա մեր ձեր իր իրենց ինքը իրեն այս այդ այն սա դա "
        "այսպես այդպես այնպես այստեղ այնտեղ ինչ ով որ որը ովքեր որտեղ երբ ինչպես ինչու որքան քանի և եւ ու կամ բայց "
        "եթե որովհետև թե սակայն մինչդեռ նաև իսկ թեև ուրեմն համար հետ մեջ վրա տակ մոտ առաջ հետո միջև առանց դեպի մասին "
        "համաձայն ըստ պես նման միջոցով կողմից է են էր էին եմ ենք եք էի լինել եղել կլինի պետք կարող կարելի ունի ունեն "
        "ուներ չէ չի չեն ոչ ոչինչ երբեք ավելի պակաս շատ նույնպես միայն արդեն դեռ դեռևս հիմա այժմ ապա միշտ նույնիսկ էլ "
        "հենց արդյոք բոլոր բոլորը ամեն ամբողջ յուրաքանչյուր որոշ մի քիչ մեկ երկու երեք չորս հինգ"
    ),
    "ka": (  # Georgian
        "მე შენ ის ჩვენ თქვენ ისინი მას მან მის მისი ჩემი შენი ჩვენი თქვენი მათი მათ თავისი თავის მისთვის ჩემთვის ეს "
        "ეგ ამ იმ ამის იმის ამას იმას ამან იმან ასეთი ისეთი რა ვინ რომელი სად როდის როგორ რატომ რამდენი რომ როცა "
        "როდესაც სადაც რაც ვინც რომელიც და ან მაგრამ თუ ხოლო თუმცა რადგან ვიდრე ანუ არამედ ნუ არც შესახებ მიხედვით "
        "გარეშე შემდეგ წინ მერე მიერ მიმართ შორის გამო თანახმად ნაცვლად არის იყო იქნება არიან იყვნენ ვარ ხარ ვართ "
        "ხართ აქვს ჰქონდა შეიძლება უნდა შეუძლია არ ვერ არა არაფერი არავინ არასდროს უფრო ძალიან ასევე მხოლოდ უკვე ჯერ "
        "კიდევ ახლა მაშინ აქ იქ ყოველთვის ასე ისე ძალზე ყველა ყველაფერი ყოველი ზოგი ზოგიერთი ბევრი ცოტა თითოეული ერთი "
        "ორი სამი ოთხი ხუთი კი ხომ მაინც ისევ თან თვითონ "
        # attribution: by the words, statement, information of (X-ის თქმით: according to X)
        "თქმით სიტყვებით განცხადებით ცნობით მონაცემებით"
    ),
    "kk": (  # Kazakh
        "және мен сен ол біз сіз сендер олар сіздер менің сенің оның біздің сіздің олардың бұл осы сол мына ана мұнда "
        "сонда осында онда бар жоқ емес еді болды болып болса болады бола болу екен ғой ғана да де та те ма ме ба бе "
        "па пе үшін туралы бойынша арқылы дейін кейін бері қарай сияқты секілді сайын ал бірақ немесе әлде не неге "
        "қашан қайда кім қалай қандай қанша қай неше барлық бүкіл әр кейбір көп аз көптеген бәрі өте тым ең гөрі тағы "
        "әлі қазір енді бұрын сосын содан соң әсіресе яғни себебі өйткені егер сондықтан сонымен дегенмен алайда тек "
        "біраз бірнеше бір екі үш төрт бес өз өзі өзінің оған оны оларды маған саған бізге мені сені деп деген тиіс "
        "керек мүмкін ретінде сай қарсы басқа пен бен"
    ),
    "kn": (  # Kannada
        "ಮತ್ತು ಒಂದು ಈ ಆ ಎಂದು ಎಂಬ ಎಂಬುದು ಇದು ಅದು ಇವು ಅವು ಅವನು ಅವಳು ಅವರು ನಾನು ನಾವು ನೀನು ನೀವು ನನ್ನ ನಿನ್ನ ನಿಮ್ಮ ನಮ್ಮ ಅವನ "
        "ಅವಳ ಅವರ ಅದರ ಇದರ ತನ್ನ ತಮ್ಮ ಇಲ್ಲಿ ಅಲ್ಲಿ ಈಗ ಇನ್ನೂ ಈಗಾಗಲೇ ನಂತರ ಮೊದಲು ಬಹಳ ತುಂಬಾ ಹೆಚ್ಚು ಕಡಿಮೆ ಮಾತ್ರ ಸಹ ಕೂಡ ಬಗ್ಗೆ "
        "ಮೂಲಕ ವರೆಗೆ ಪ್ರಕಾರ ಆದರೆ ಅಥವಾ ಆದ್ದರಿಂದ ಏಕೆಂದರೆ ಆದರೂ ಹಾಗೂ ಮೇಲೆ ಕೆಳಗೆ ನಡುವೆ ಮಧ್ಯೆ ಇರುವ ಇದೆ ಇವೆ ಇದ್ದಾರೆ ಇತ್ತು "
        "ಇದ್ದ ಇರುತ್ತದೆ ಇಲ್ಲ ಇಲ್ಲದೆ ಅಲ್ಲ ಆಗಿದೆ ಆಗಿ ಆಗುತ್ತದೆ ಆದ ಅಂತಹ ಹಾಗೆ ಹೀಗೆ ಎಲ್ಲಾ ಎಲ್ಲರೂ ಕೆಲವು ಅನೇಕ ಪ್ರತಿ ಯಾರು ಏನು "
        "ಎಲ್ಲಿ ಯಾವಾಗ ಏಕೆ ಹೇಗೆ ಎಷ್ಟು ಯಾವ ಮಾಡಿ ಮಾಡಿದ ಮಾಡುವ ಬೇಕು ಮತ್ತೆ ಯಾವಾಗಲೂ ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು ಜೊತೆ ಜೊತೆಗೆ ಬದಲು "
        "ಹೊರತು ವಿರುದ್ಧ ಒಳಗೆ ಹೊರಗೆ ಹತ್ತಿರ ಅಂದರೆ ಹೌದು ನನಗೆ ನಮಗೆ ಅವರಿಗೆ ಅವನಿಗೆ ಅದಕ್ಕೆ ಇದಕ್ಕೆ ಸಲುವಾಗಿ ಸುಮಾರು ಸ್ವಲ್ಪ ಅಷ್ಟು "
        "ಇಷ್ಟು ಅದರಲ್ಲಿ ಇದರಲ್ಲಿ"
    ),
    "lt": (  # Lithuanian
        "aš mane man manęs tu tave tau tavęs jis jį jam jo ji ją jai jos mes mus mums mūsų jūs jus jums jūsų jie juos "
        "jiems jų jas joms save sau savo šis ši šį šio tas ta tą to tai tie tos tuo toje tame kas kuris kuri kurį "
        "kurie kur kada kodėl kaip kiek koks kokia ką į iš su ant už prie po per be iki pagal apie tarp nuo dėl prieš "
        "virš ir bet ar arba kad nes jei jeigu kai tačiau nei o nors yra buvo bus esu esame būti būtų gali galima "
        "turi turėjo reikia ne nėra nebuvo nieko niekas niekada daugiau mažiau labai pat tik jau dar dabar tada čia "
        "ten visada taip vis visi visos viskas kiekvienas keli daug vienas du trys keturi penki"
    ),
    "lv": (  # Latvian
        "es mani man manis tu tevi tev tevis viņš viņu viņam viņa viņai viņas mēs mūs mums jūs jums viņi viņiem viņām "
        "viņus sevi sev mans mana manu savs sava savu savas mūsu jūsu tavs tava šis šī šo šajā tas tā to tie tās tam "
        "tajā tai tiem kas kurš kura kuru kuri kuras kur kad kāpēc kā cik kāds kāda ar uz no par pie līdz pēc pret "
        "bez caur starp zem virs aiz pirms saskaņā dēļ un bet vai ka jo ja lai tomēr nekā arī kamēr kaut ir bija būs "
        "esmu esam būt bijis var varētu varēja būtu tiek tika tiks ne nav nebija neko nekas neviens nekad vairāk "
        "mazāk ļoti tikai jau vēl tagad tad šeit tur vienmēr gan visi visas viss katrs katra daži dažas daudz viens "
        "divi trīs četri pieci"
    ),
    "mk": (  # Macedonian
        "јас мене ме ми ти тебе те тој него го нему му таа неа ја нејзе и тоа ние нас нѐ нам вие вас ве вам тие нив "
        "ги ним им се себе си мој моја мое мои наш наша наше ваш ваша негов негова нејзин нивни свој својот овој оваа "
        "ова овие оној она оние кој која кое кои што каде кога како зошто колку чиј дали ли во на до од со за по под "
        "над пред при без меѓу низ преку кон според околу покрај поради а но или дека да ако бидејќи иако додека туку "
        "ниту сум е сме сте беше беа бил била било биле ќе би има имаат може можат нема не ништо никој никогаш повеќе "
        "помалку многу исто така само уште веќе сега тогаш тука таму секогаш сите секој секоја некои неколку еден "
        "една два две три четири пет"
    ),
    "ml": (  # Malayalam
        "ഒരു ഈ ആ എന്ന് എന്ന ഇത് അത് ഇവ അവ അവൻ അവൾ അവർ ഞാൻ ഞങ്ങൾ നമ്മൾ നീ നിങ്ങൾ എന്റെ നിന്റെ നിങ്ങളുടെ ഞങ്ങളുടെ "
        "നമ്മുടെ അവന്റെ അവളുടെ അവരുടെ അതിന്റെ ഇതിന്റെ തന്റെ ഇവിടെ അവിടെ ഇപ്പോൾ ഇനി ഇപ്പോഴും ഇതിനകം ശേഷം പിന്നീട് "
        "മുമ്പ് വളരെ കൂടുതൽ കുറവ് കുറച്ച് മാത്രം കൂടി പോലും കുറിച്ച് വഴി വരെ നിന്ന് പ്രകാരം അനുസരിച്ച് എന്നാൽ പക്ഷേ "
        "അല്ലെങ്കിൽ അതിനാൽ കാരണം എങ്കിലും മുകളിൽ താഴെ ഇടയിൽ ഉള്ള ഉണ്ട് ഉണ്ടായിരുന്നു ആണ് ആയിരുന്നു ആയി ആകും ഇല്ല അല്ല "
        "ഇല്ലാതെ ആയ എല്ലാ എല്ലാം എല്ലാവരും ചില പല ഓരോ ആര് എന്ത് എവിടെ എപ്പോൾ എന്തുകൊണ്ട് എങ്ങനെ എത്ര ഏത് ചെയ്തു "
        "ചെയ്യുന്ന ചെയ്യും വേണം കഴിയും പോലെ വീണ്ടും എപ്പോഴും ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് കൂടെ ഒപ്പം പകരം ഒഴികെ "
        "എതിരെ അകത്ത് പുറത്ത് അടുത്ത് അതായത് അതെ എനിക്ക് നമുക്ക് അവർക്ക് അവന് അതിൽ ഇതിൽ വേണ്ടി തന്നെ എന്നിവ ഏകദേശം "
        "കുറെ ഉണ്ടാകും പിന്നെ അപ്പോൾ ഇങ്ങനെ അങ്ങനെ ഇത്തരം"
    ),
    "mn": (  # Mongolian
        "ба болон мөн бөгөөд харин гэвч эсвэл буюу ч юм байна байсан байдаг байх бол биш үгүй бус гэж гэсэн гэдэг гэх "
        "энэ тэр эдгээр тэдгээр би чи та бид тэд миний чиний таны манай бидний тэдний түүний үүний өөр өөрийн өөрөө "
        "бүх бүгд зарим олон цөөн ихэнх бүр маш их илүү бага хамгийн зөвхөн хэдийн одоо дараа өмнө тэгээд тэгэхээр "
        "тиймээс учир учраас яагаад хэн юу хаана хэзээ яаж ямар хэд аль хүртэл тухай дээр доор дотор гадна хооронд "
        "хойш дагуу ёсоор дахь руу рүү луу лүү нь маань чинь минь л уу үү вэ бэ гэхдээ нэг хоёр гурав дөрөв тав "
        "зургаа долоо найм ес арав хамт тулд болохоор хэрэв бас энд тэнд ийм тийм эсрэг байгаа байв болно болсон "
        "бусад дахин үргэлж"
    ),
    "or": (  # Odia
        "ଏବଂ ଓ ଆଉ ଏକ ଏହି ସେହି ଏ ସେ ଏହା ତାହା ମୁଁ ଆମେ ତୁମେ ତୁ ଆପଣ ସେମାନେ ଏମାନେ ମୋର ତୁମର ଆମର ଆପଣଙ୍କ ତାଙ୍କ ତାଙ୍କର ତାର "
        "ଏହାର ତାହାର ସେମାନଙ୍କ ନିଜ ନିଜର ଏଠାରେ ସେଠାରେ ଏଠି ସେଠି ଏବେ ବର୍ତ୍ତମାନ ପରେ ପୂର୍ବରୁ ଆଗରୁ ଖୁବ୍ ବହୁତ ଅଧିକ କମ୍ ଠାରୁ "
        "ମଧ୍ୟ କେବଳ ମାତ୍ର ହିଁ ବି ବିଷୟରେ ଦ୍ୱାରା ପର୍ଯ୍ୟନ୍ତ ଅନୁସାରେ ଅନୁଯାୟୀ କିନ୍ତୁ ବା କିମ୍ବା ତେଣୁ କାହିଁକିନା ଯଦି ତେବେ ଯେ "
        "ଯେଉଁ ଯାହା ଉପରେ ତଳେ ମଧ୍ୟରେ ଭିତରେ ବାହାରେ ପାଇଁ ସହ ସହିତ ବିନା ଭଳି ପରି ଅଛି ଅଛନ୍ତି ଥିଲା ଥିଲେ ହେବ ହୋଇଛି ହୋଇଥିଲା "
        "ହେଉଛି ହୋଇ କରି କରିଛନ୍ତି କରିଥିଲେ ନାହିଁ ନୁହେଁ ନା ସବୁ ସମସ୍ତ ସମସ୍ତେ କିଛି ଅନେକ ପ୍ରତି କେଉଁ କିଏ କେଉଁଠି କେବେ କାହିଁକି "
        "କିପରି କେତେ ପୁଣି ସର୍ବଦା ଦୁଇ ତିନି ଚାରି ପାଞ୍ଚ ଛଡ଼ା ବିରୋଧରେ ନିକଟରେ ଅର୍ଥାତ୍ ହଁ ମୋତେ ଆମକୁ ତାଙ୍କୁ ଏହାକୁ ଏଥିରେ "
        "ଏହିପରି ସେହିପରି ଯେପରି ଏପରି ତଥା ଆଦି ଇତ୍ୟାଦି ପାରିବ ଉଚିତ"
    ),
    "pa": (  # Punjabi
        "ਦੇ ਦੀ ਦਾ ਨੂੰ ਵਿੱਚ ਤੋਂ ਨੇ ਤੇ ਅਤੇ ਜਾਂ ਪਰ ਵੀ ਹੀ ਤਾਂ ਹੈ ਹਨ ਸੀ ਸਨ ਹੋ ਹਾਂ ਗਿਆ ਗਈ ਗਏ ਰਿਹਾ ਰਹੀ ਰਹੇ ਕੇ ਕਰ ਕੀਤਾ ਕੀਤੀ "
        "ਕੀਤੇ ਕਰਦਾ ਕਰਦੇ ਕਰਦੀ ਹੁੰਦਾ ਹੁੰਦੀ ਹੁੰਦੇ ਜਾਂਦਾ ਜਾਂਦੀ ਜਾਂਦੇ ਸਕਦਾ ਸਕਦੇ ਸਕਦੀ ਇਹ ਉਹ ਇੱਥੇ ਉੱਥੇ ਹੁਣ ਫਿਰ ਜਦੋਂ ਤਦ ਜੋ "
        "ਜਿਸ ਜਿਨ੍ਹਾਂ ਇਸ ਉਸ ਇਨ੍ਹਾਂ ਉਨ੍ਹਾਂ ਮੈਂ ਅਸੀਂ ਤੁਸੀਂ ਤੂੰ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ ਤੁਹਾਡਾ ਤੁਹਾਡੀ ਤੁਹਾਡੇ ਆਪਣਾ "
        "ਆਪਣੀ ਆਪਣੇ ਕੌਣ ਕੀ ਕਿਉਂ ਕਿਵੇਂ ਕਿੱਥੇ ਕਦੋਂ ਕਿੰਨਾ ਕੁਝ ਸਭ ਹਰ ਕਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਘੱਟ ਸਿਰਫ਼ ਅਜੇ ਪਹਿਲਾਂ ਬਾਅਦ ਨਾਲ ਲਈ ਬਿਨਾਂ "
        "ਤਰ੍ਹਾਂ ਅਨੁਸਾਰ ਮੁਤਾਬਕ ਇਲਾਵਾ ਵਿਚਕਾਰ ਅੰਦਰ ਬਾਹਰ ਉੱਤੇ ਉੱਪਰ ਹੇਠਾਂ ਨਹੀਂ ਨਾ ਕਿ ਜੇ ਜੇਕਰ ਕਿਉਂਕਿ ਤਾਂਕਿ ਬਲਕਿ ਇੱਕ ਦੋ ਤਿੰਨ "
        "ਚਾਰ ਪੰਜ ਹੋਇਆ ਹੋਈ ਹੋਏ ਹੋਣ ਵਾਲਾ ਵਾਲੀ ਵਾਲੇ ਕੋਈ ਕਿਸੇ ਕਦੇ ਹਮੇਸ਼ਾ ਯਾਨੀ ਖ਼ੁਦ ਜਿਵੇਂ"
    ),
    "ps": (  # Pashto
        "دا هغه دغه دغو هغو زه ته موږ تاسو دوی هغوی زما ستا د په له سره کې پورې باندې لپاره څخه نه مه او یا خو هم چې "
        "که ځکه تر بیا اوس دلته هلته ډېر ټول ځینې هر څه څوک چېرې کله ولې څنګه څومره کوم کومه دی ده دي وو و وه وې شو "
        "شوه شوي شي کېږي کوي کړي کړه کړل کړې وي به نو لا یو یوه دوه درې څلور پنځه مخکې وروسته وړاندې لکه پرته پر ورته "
        "خپل خپله خپلو مې دې یې مو داسې همدا همدغه بلکې هېڅ یوازې تل چا نور"
    ),
    "si": (  # Sinhala
        "සහ හා ද මෙම එම මේ ඒ මෙය එය ඔහු ඇය ඔවුන් මම අපි අප ඔබ මගේ අපේ අපගේ ඔබේ ඔබගේ ඔහුගේ ඇයගේ ඔවුන්ගේ එහි මෙහි දැන් "
        "තවමත් දැනටමත් පසුව පසු ඉන්පසු පෙර කලින් ඉතා බොහෝ වැඩි අඩු වඩා වඩාත් පමණක් පමණ පවා ගැන විසින් තෙක් දක්වා සිට "
        "අනුව නමුත් එහෙත් හෝ නිසා එබැවින් මත යට අතර ඇති ඇත තිබේ තිබුණි තිබූ සිටින විය වේ වන වූ වෙයි නැත නැති නොවේ එපා "
        "සියලු සියල්ල සෑම ඇතැම් සමහර කවුද කුමක්ද කොහේද කවදාද ඇයි කෙසේද කොපමණ කුමන කවර කරන කළ කර කරයි යුතු හැක හැකි "
        "ලෙස වැනි මෙන් නැවත සැමවිට එක දෙක තුන හතර පහ සමඟ වෙනුවට හැර එරෙහිව තුළ පිටත ළඟ එනම් ඔව් මට අපට ඔවුන්ට ඔහුට "
        "ඇයට සඳහා බව යන යනු කියා ලද ලබන එසේ මෙසේ එවැනි මෙවැනි තව තවත්"
    ),
    "sk": (  # Slovak
        "ja ma mňa mi mne ty ťa ti on ho jeho mu ním ona ju jej ono my nás nám vy vás vám oni ich im sa si seba sebe "
        "môj moja moje náš naša naše váš vaša vaše svoj svoje ten tá to tí tie toho tomu tom tým tento táto toto kto "
        "čo ako ktorý ktorá ktoré ktorí kde kedy prečo aký aká aké v vo na do z zo s k o od po pod nad pred za pri "
        "bez cez medzi podľa pre okrem proti počas a aj i ale alebo ani že aby keď ak lebo pretože však teda takže "
        "než som je sme ste sú bol bola bolo boli byť bude budú má majú mal môže môžu nie nič nikto nikdy viac veľmi "
        "tiež iba len už ešte teraz potom tu tam vždy tak všetko všetci všetky každý niektoré niekoľko veľa jeden dva "
        "tri"
    ),
    "sl": (  # Slovene
        "jaz mene me meni mi ti tebe te tebi on njega ga njemu mu njim ona nje je njej ji njo ono nas nam vi vas vam "
        "oni one njih jih se si sebe sebi moj moja moje naš naša naše vaš vaša vaše njegov njegova njen svoj svoja "
        "svoje ta to tega temu tem tisti tisto ki kdo kaj kateri katera katero kje kdaj kam zakaj kako koliko v na do "
        "iz z s k h o od po pod nad pred za pri brez med proti skozi zaradi glede čez in ter ali ampak pa da ker če "
        "ko čeprav kot saj torej niti sem smo ste so bil bila bilo bili biti bo bodo bom bi ni niso ima imajo lahko "
        "mora ne nič nihče nikoli več manj zelo tudi samo le že še zdaj potem tu tam vedno tako bolj naj vse vsi vsak "
        "vsaka nekaj veliko en dva tri"
    ),
    "sr": (  # Serbian (Cyrillic and Latin)
        "ја ми ме ти те он га му она јој је нас ви вас они њих их им се мој наш ваш његов њен свој овај ово тај то ко "
        "шта што који која које где када како зашто у на до из са за од по без кроз према због и а али или да јер ако "
        "као сам смо сте су био била било бити ће би није не више врло само још сада све сви много ja mi me ti te on "
        "ga mu ona joj je nas vi vas oni njih ih im se moj naš vaš njegov njen svoj ovaj ovo taj to ko šta što koji "
        "koja koje gde kada kako zašto u na do iz sa za od po bez kroz prema zbog i a ali ili da jer ako kao sam smo "
        "ste su bio bila bilo biti će bi nije ne više vrlo samo još sada sve svi mnogo"
    ),
    "sw": (  # Swahili
        "na ya wa la za kwa katika kwenye ni si kuwa huo hii hiyo ile hizo hao hawa huu ule yule huyu huyo hicho hiki "
        "kile vile hivi hivyo hapa pale hapo huko kule huku mimi wewe yeye sisi ninyi wao yangu yako yake yetu yenu "
        "yao wangu wako wake wetu wenu lakini au ama pia tu sana zaidi kuliko kama ikiwa iwapo kwamba kabla baada "
        "tangu mpaka hadi bila pamoja kati juu chini ndani nje karibu mbele nyuma kutoka dhidi kuhusu kulingana sasa "
        "bado tayari kisha halafu basi hata wala ndiyo sio nani nini wapi lini vipi gani je kila wote yote zote "
        "baadhi wengi nyingi mengi kidogo moja mbili tatu nne tano sita saba nane tisa kumi alikuwa walikuwa itakuwa "
        "kuna kulikuwa wakati ambao ambayo ambaye ambalo ambazo ambacho ili kwani cha vya mwa"
    ),
    "ta": (  # Tamil
        "மற்றும் ஒரு இந்த அந்த என்று என்ற என்பது இது அது அவர் அவள் அவன் அவர்கள் நான் நாம் நாங்கள் நீ நீங்கள் என் உன் "
        "உங்கள் எங்கள் நம் அவரது அதன் இதன் தனது தன் இங்கு அங்கு இங்கே அங்கே இப்போது இன்னும் ஏற்கனவே பின்னர் பிறகு "
        "முன் முன்பு மிகவும் மிக அதிகம் அதிகமாக மட்டும் மட்டுமே கூட உடன் போது பற்றி மூலம் வரை இருந்து படி ஆனால் "
        "அல்லது எனவே ஏனெனில் என்றாலும் எனினும் ஆகவே பின் மேல் கீழ் உள்ள உள்ளது உள்ளன இருக்கிறது இருந்தது இருக்கும் "
        "இல்லை இல்லாமல் அல்ல ஆகும் ஆனது ஆக ஆகிய போன்ற போல எல்லா எல்லாம் அனைத்து அனைவரும் பல சில ஒவ்வொரு யார் என்ன "
        "எங்கே எப்போது ஏன் எப்படி எத்தனை எந்த எது கொண்ட செய்து செய்ய வேண்டும் முடியும் விட இடையே குறித்து மீண்டும் "
        "எப்போதும் ஒன்று இரண்டு மூன்று நான்கு ஐந்து தான் அதாவது ஆம் கொண்டு தவிர எதிராக மேலும் அதனால் இதனால் அதில் "
        "இதில் அவை இவை இவர் எனக்கு நமது எனது சற்று"
    ),
    "te": (  # Telugu
        "మరియు ఒక ఈ ఆ అని అనే ఇది అది ఇవి అవి అతను ఆమె వారు వాళ్ళు నేను మేము మనం నువ్వు మీరు నా నీ మీ మా మన అతని ఆయన "
        "వారి దాని దీని తన తమ ఇక్కడ అక్కడ ఇప్పుడు ఇంకా ఇప్పటికే తర్వాత తరువాత ముందు చాలా ఎక్కువ తక్కువ కంటే మాత్రమే "
        "కూడా గురించి ద్వారా వరకు నుండి నుంచి ప్రకారం కానీ లేదా కాబట్టి ఎందుకంటే అయినా అయితే అప్పుడు పై కింద మధ్య "
        "ఉన్న ఉంది ఉన్నాయి ఉన్నారు ఉంటుంది ఉండే లేదు లేని కాదు అవుతుంది అయిన వంటి లాంటి అన్ని అందరూ అంతా కొన్ని కొంత "
        "కొందరు ప్రతి ఎవరు ఏమి ఏం ఎక్కడ ఎప్పుడు ఎందుకు ఎలా ఎన్ని ఏ ఏది చేసి చేసిన కావాలి మళ్ళీ ఎప్పుడూ ఒకటి రెండు "
        "మూడు నాలుగు ఐదు కోసం పాటు బదులు తప్ప లోపల బయట మీద దగ్గర అంటే అవును నాకు మాకు మనకు వారికి అతనికి ఆమెకు ఇలా "
        "అలా వల్ల మరి దాదాపు సుమారు"
    ),
    "tg": (  # Tajik
        "ва дар ба аз ки бо барои то ё аммо вале лекин ҳам низ бар аст буд шуд шуда мешавад мешаванд ҳаст нест набуд "
        "дорад доранд кард мекунад карда мекунанд хоҳад бояд шавад ман ту ӯ мо шумо онҳо эшон вай худ ин он инҳо ҳоло "
        "акнун баъд пеш пас сипас чун зеро агар вақте ҳангоми чӣ чаро куҷо кай чанд кадом кӣ ҳама ҳар баъзе тамоми "
        "бисёр хеле бештар камтар фақат танҳо ҳанӯз дигар ҳеҷ ҳамеша тибқи мувофиқи тавассути бораи оид байни миёни "
        "рӯи зери назди бе мисли монанди чунин ҳамин ҳамон не ҳа оё як ду се чор панҷ шаш ҳафт ҳашт нӯҳ даҳ ҳатто "
        "албатта шояд инчунин ҷуз ғайри зидди бинобар баъди ҳастанд буданд шуданд мебошад мебошанд ҳамчун яъне балки "
        "онро инро маро ӯро"
    ),
    "tl": (  # Tagalog
        "ang ng sa mga si ni kay sina nina kina at na ay pa ba din rin daw raw lang lamang naman nga po ho kasi dahil "
        "para kung kapag pag habang bago pagkatapos hanggang mula tungkol ayon o pero ngunit subalit ako ko akin ikaw "
        "ka mo iyo siya niya kanya kami namin amin tayo natin atin kayo ninyo inyo sila nila kanila ito iyan iyon "
        "dito diyan doon nito niyan niyon noon ngayon dati hindi wala may mayroon meron huwag oo sino ano saan kailan "
        "bakit paano alin ilan lahat bawat ilang marami kaunti mas higit kaysa masyado talaga muna sana siguro baka "
        "kahit maging upang nang yung iyong isa dalawa tatlo apat lima anim pito walo siyam sampu katulad gaya tulad "
        "pati saka tapos kundi man lagi palagi agad muli ulit iba"
    ),
    "ur": (  # Urdu
        "کا کی کے کو میں سے نے پر تک اور یا لیکن مگر بھی ہی تو ہے ہیں تھا تھی تھے تھیں ہو ہوں گا گی گے رہا رہی رہے کر "
        "کرتا کرتے کرتی کیا گیا گئی گئے جا جاتا جاتی جاتے سکتا سکتے سکتی چاہیے یہ وہ یہاں وہاں اب پھر جب تب جو جس جن "
        "جنہوں جسے اس ان انہوں اسے انہیں ہم آپ تم میرا میری میرے ہمارا ہماری ہمارے تمہارا اپنا اپنی اپنے کون کیوں "
        "کیسے کہاں کب کتنا کتنے کچھ سب ہر کئی بہت زیادہ کم صرف ابھی پہلے بعد ساتھ لیے بغیر طرح مطابق علاوہ درمیان "
        "اندر باہر اوپر نیچے نہیں نہ کہ اگر کیونکہ تاکہ بلکہ جبکہ ایک دو تین چار پانچ ہوا ہوئی ہوئے ہونا ہوتا ہوتی "
        "ہوتے والا والی والے کوئی کسی کبھی ہمیشہ یعنی خود جیسے ایسے ایسا ایسی"
    ),
    "uz": (  # Uzbek
        "va bilan uchun ham esa lekin ammo biroq yoki agar chunki shuning bu shu u ular men sen biz siz mening sening "
        "uning bizning sizning ularning oʻzi oʻz ushbu mazkur oʻsha bunday shunday qanday nima kim qayerda qachon "
        "nega qancha necha qaysi barcha hamma har baʼzi koʻp kam juda eng yana faqat hali allaqachon endi hozir keyin "
        "oldin avval soʻng edi ekan emas bor yoʻq boʻldi boʻlib boʻladi boʻlgan boʻlsa boʻyicha koʻra haqida orqali "
        "tomonidan qadar sari beri kabi singari deb degan kerak mumkin lozim bir ikki uch toʻrt besh balki hatto "
        "albatta yaʼni ichida ustida ostida oldida orasida tashqari qarshi boshqa birga holda xuddi goʻyo hech hamda "
        "shuningdek ayniqsa unga uni ularni menga bizga buni shuni"
    ),
    "vi": (  # Vietnamese
        "và của là có không được cho các những một trong với này đã để thì mà khi từ đến cũng như sẽ đang vào ra lại "
        "rất nhiều hơn nào đó gì ai sao bao đâu nên vì nếu hay hoặc nhưng bị tại theo về trên dưới sau trước giữa ở "
        "đây kia ấy nhất chỉ vẫn còn đều mới vừa rồi nữa cùng cả mỗi mọi từng tôi ta chúng họ nó mình bạn ông bà anh "
        "chị em chưa chẳng đừng hãy phải cần vậy thế nhé ạ à chứ nhỉ cái bởi do ngay luôn lắm quá hết thôi chính đấy "
        "nhau mấy hai ba bốn năm sáu bảy tám chín mười bằng so tuy dù nhờ nhằm đối ngoài sự thêm vài ít lên"
    ),
    "yo": (  # Yoruba
        "àti ni ní sí fún pẹ̀lú láti nínú lórí ti tí kí bí bá ṣùgbọ́n tàbí nítorí wọ́n ó o mo mi a ẹ rẹ̀ rẹ wa yín "
        "wọn òun èmi ìwọ àwa àwọn ẹ̀yin yìí náà yẹn èyí ìyẹn kò kì má máa yóò ń ṣe jẹ́ wà gbogbo púpọ̀ díẹ̀ kan "
        "kọ̀ọ̀kan ọ̀pọ̀lọpọ̀ jù tún sì pàápàá nìkan ṣì báyìí nígbà lẹ́yìn ṣáájú níbí ibẹ̀ níbẹ̀ ibo kíni ta báwo èló "
        "nígbàwo kílódé títí lábẹ́ gẹ́gẹ́ bíi nípa lọ́dọ̀ àmọ́ bẹ́ẹ̀ rárá kọ́ lè gbọ́dọ̀ fẹ́ ọ̀kan méjì mẹ́ta mẹ́rin "
        "tirẹ̀ tiwa tèmi wọ̀nyí wọ̀nyẹn kankan mìíràn síbẹ̀ tẹ́lẹ̀ láìsí fi"
    ),
    "su": (  # Sundanese
        "jeung atawa tapi anu nu di ka ti dina kana tina keur pikeun ku ogé teu henteu lain acan geus bakal keur "
        "kungsi kudu bisa meureun tangtu ieu éta dieu dinya ditu kuring abdi anjeun manéhna anjeunna urang maranéhna "
        "aranjeunna sadaya sakabéh loba saeutik leuwih pisan ngan wungkul deui masih ayeuna saméméh sanggeus sabot "
        "waktu lamun upama sabab ku sabab jadi nepi ka antara kalawan sarta ogé mah téh téa wé atuh kénéh sok rék "
        "naon saha mana iraha kumaha naha sabaraha hiji dua tilu opat lima kitu kieu kituna nyaéta yén"
    ),
    "jv": (  # Javanese (ngoko and krama)
        "lan utawa nanging ananging sing ingkang kang ing neng nang marang saka saking kanggo kagem karo kaliyan "
        "uga ugi ora mboten boten durung dereng wis sampun bakal badhe arep kudu kedah bisa saged iki menika punika "
        "iku kuwi punika kono kene mriki mrika aku kula sampeyan panjenengan dheweke piyambakipun awake dhewe kita "
        "kabeh sedaya akeh kathah sithik sekedhik banget sanget mung namung maneh malih isih taksih saiki sakmenika "
        "sadurunge sawise sasampunipun nalika menawa yen manawi amarga amargi dadi dados nganti ngantos antarane "
        "apa menapa sapa sinten ngendi pundi kapan kados piye pripun kenging napa siji kalih telu tiga papat sekawan "
        "lima gangsal kanthi yaiku inggih menika bab babagan"
    ),
    "xh": (  # isiXhosa
        "kwaye kodwa okanye xa ukuba ukuze ngoba kuba ngako ngoko nangona apho apha khona ngoku kakhulu kuphela nje "
        "ngubani phi nini njani kutheni mna wena yena thina nina bona oku oko esi eso lo lowo aba abo le leyo ezi ezo "
        "olu olo eli elo konke bonke zonke yonke onke sonke ngaphandle phakathi phantsi phezu phambi emva emveni "
        "phambi kokuba kususela kude ngokwe njalo kancinci hayi ewe akukho ayikho kukho kube kuba ngenxa malunga "
        "ngokutsho njengoko kuye kubo nabo naye nam nawe nathi yam yakho yakhe yethu yenu yabo abanye omnye enye "
        "okunye kananjalo kwakhona kuqala ngaphezu kuna ngokwenene uninzi abaninzi ezininzi utshilo uthe"
    ),
    "sn": (  # Shona
        "uye asi kana kuti nekuti nokuti saka zvisinei pano apo ipapo iye zvino zvakanyanya chete here ani kupi "
        "rini sei sei ini iwe iye isu imi ivo ava avo uyu uyo ichi icho izvi izvo iri iro idzi idzo ese vese zvese "
        "yese dzese kunze pakati pasi pamusoro mberi shure mushure pamberi kubva kusvika zvakare zvishoma kwete "
        "hongu hapana hakuna kune kuva kwakava nemhaka maererano sekureva sezvo naye navo neni newe nesu yangu "
        "yako yake yedu yenu yavo vamwe mumwe imwe zvimwe futi pakutanga kupfuura chaizvo vazhinji akati vakati "
        "ari vari iri ndiyo ndivo ndizvo zvakadaro"
    ),
    "kmr": (  # Kurmanji (Northern Kurdish)
        "û an lê ji bo di de li ku ya yê yên wî wê wan min te me we ez tu ew em hûn ev vê van wek weke wekî "
        "ne na nayê neye jî hê hîn êdî niha berê piştî beriya dema gava eger heke ger çimkî ji ber ku lewma loma "
        "heta ta ser bin nav navbera bi re ra bê tenê gelek hinek hemû her çend çi kî kengî çawa çima ku derê "
        "yek du sê çar pênc hatin hat dibe bû bûn e ne in ye ye kir kirin dike dikin got gotin ew jî hemû yê"
    ),
    "yi": (  # Yiddish (YIVO spelling)
        "און אָדער אָבער אַז ווי וואָס ווער וווּ ווען פֿאַר וואָס פֿון אין אויף מיט צו ביי בײַ נאָך פֿאַר אונטער איבער "
        "דער די דאָס דעם דעם אַ אַן איך דו ער זי עס מיר איר זיי מען מײַן דײַן זײַן איר אונדזער זייער ניט נישט "
        "קיין יאָ איז זענען בין ביסט האָט האָבן האָב האָסט וועט וועלן וועל וואָלט געווען ווערט ווערן ווי אויך "
        "נאָר שוין נאָך אַלץ אַלע יעדער יעדע יעדן זייער גאָר אַזוי דאָ דאָרטן איצט דעמאָלט ווײַל ווען אויב ביז "
        "צווישן אָן איינער איינע צוויי דרײַ דאָזיקער דאָזיקע יענער יענע"
    ),
    "dv": (  # Dhivehi
        "އަދި ނުވަތަ އެކަމަކު ނަމަވެސް އާއި ގައި ގެ އަށް އިން ކުރިން ފަހުން މި އެ މިއީ އެއީ އަހަރެން ތިބާ އޭނާ "
        "އަހަރުމެން ތިޔަބައިމީހުން އެމީހުން އެބައިމީހުން ހުރިހާ ގިނަ މަދު ވަރަށް ހަމައެކަނި އަނެއްކާވެސް މިހާރު "
        "ވީހިނދު ނަމަ ސަބަބަކީ ކަމަށް ކަމުގައި ވެސް ނޫން ނެތް ހުރި އޮތް ވެއެވެ ވިއެވެ ކަމެވެ ކުރި ކުރާނެ "
        "ކޮބާ ކާކު ކޮން ކިހިނެއް ކީއްވެ ކިތައް އެއް ދެ ތިން ހަތަރު ފަސް ތެރޭ މައްޗަށް ދަށުން ކައިރީ ފަދަ ގޮތަށް"
    ),
    "zu": (  # isiZulu
        "futhi kodwa noma uma ukuthi ngoba ngakho nokho kanti lapho lapha khona manje kakhulu kuphela kanye nje yini "
        "ubani kuphi nini kanjani kungani mina wena yena thina nina bona lokhu lokho lesi leso lo lowo labo laba le "
        "leyo lezi lezo lolu lolo leli lelo konke bonke zonke yonke wonke lonke sonke ngaphandle phakathi phansi "
        "phezu phambi emva ngemva ngaphambi ukuze kusukela kuze ngisho njalo kancane cha yebo akukho ayikho kukhona "
        "kube kuba ukuba kwaba kungaba ngokuba ngenxa mayelana ngokusho njengoba kuyo kubo kuye kuwe nabo naye nami "
        "nawe nathi yami yakho yakhe yethu yenu yabo wami wakho wakhe wethu wabo ezinye abanye omunye enye okunye "
        "kepha pho bese namanje kakade kuqala ngaphezu kuno kunalokho impela ngempela okuningi abaningi eziningi"
    ),
}
