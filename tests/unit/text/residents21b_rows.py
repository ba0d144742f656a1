"""Residents' comments invented for session 21 (res21b), in the shapes that sit closest to spam,
written in 26 languages other than English: small-business owners with a phone or messenger,
meeting invitations, fundraisers with payment apps, church, mosque, temple and gurdwara notices,
requests for an interpreter, scams quoted to warn, sums worked out, very short or all-caps text,
code-switched and romanised text. Every row was written for this file; none is copied from a
fixture or a set. Each row is (language, item, body); ``ITEMS`` holds each item's title and a few
comments before it (the context the labeller loads).
"""

from __future__ import annotations

ITEMS: dict[str, tuple[str, ...]] = {
    "permit": (
        "Item 9: Small business permit and license fee schedule for FY2027",
        "These fees hit the smallest shops hardest.",
        "The fee schedule has not changed since 2014, an update is fair.",
        "Please publish how much the new fees will raise in total.",
    ),
    "vending": (
        "Item 7: Sidewalk vending permits and health inspection fees",
        "Street vendors are part of what makes this neighborhood alive.",
        "The health inspections protect everyone, keep them.",
        "Can the permit be paid in installments?",
    ),
    "parking": (
        "Item 12: New parking meter rates and hours in the commercial district",
        "Raising meters to $4 an hour will empty the shops.",
        "Turnover is good for business, I support the new rates.",
        "Please keep Sunday parking free.",
    ),
    "water": (
        "Item 5: Proposed water and sewer rate increase and billing system upgrade",
        "The pipes are 90 years old, we have to pay for them somehow.",
        "Seniors on fixed incomes cannot absorb another increase.",
        "Will there be a low-income discount?",
    ),
    "rent": (
        "Item 14: Rent stabilization ordinance amendments",
        "Rent went up 18% on my building this year.",
        "Small landlords need to cover their costs too.",
        "Please cap increases at inflation.",
    ),
    "fire": (
        "Item 3: Emergency assistance for households displaced by the Pine Street apartment fire",
        "Thirty families lost everything, the city must help now.",
        "How long will the temporary hotel rooms last?",
        "Thank you to the firefighters who saved the block.",
    ),
    "bus": (
        "Item 11: Bus route redesign and stop consolidation",
        "Removing my stop means a half mile walk for my mother.",
        "Faster buses with fewer stops is a good trade.",
        "Please keep the route to the clinic.",
    ),
    "housing": (
        "Item 8: Affordable housing development on the former library parking lot",
        "We need more affordable homes, I support this.",
        "Where will people park after the lot is gone?",
        "Please include family-size units.",
    ),
    "bike": (
        "Item 6: Protected bike lane and loading zones on Main Street",
        "The bike lane will save lives.",
        "Businesses need loading zones for deliveries.",
        "I ride Main Street every day, please build it.",
    ),
    "park": (
        "Item 10: Neighborhood park renovation and playground replacement",
        "The playground equipment is broken and unsafe.",
        "Please add shade and water fountains.",
        "Our kids have nowhere else to play.",
    ),
    "rental_aid": (
        "Item 4: Emergency rental assistance application process",
        "The online form is too hard for seniors.",
        "Please offer the application in more languages.",
        "How long does approval take?",
    ),
    "hearing": (
        "Item 2: Language access plan for public hearings and council meetings",
        "Interpreters should be available at every hearing.",
        "Please translate the agendas too.",
        "My parents could not follow the last meeting.",
    ),
    "safety": (
        "Item 13: Traffic safety improvements and crosswalks near schools and places of worship",
        "Cars speed on this road every morning.",
        "Please add a crossing guard at the school.",
        "A flashing crosswalk would help.",
    ),
    "tax": (
        "Item 15: Property tax levy for FY2027",
        "Our taxes keep going up and services keep going down.",
        "The levy funds the libraries and parks, I support it.",
        "Please explain where the money goes.",
    ),
    "garbage": (
        "Item 16: Solid waste collection fee increase",
        "The trucks skip our street half the time.",
        "A 15% increase is too much in one year.",
        "Please add bulky item pickup.",
    ),
    "festival": (
        "Item 17: Street festival permits and road closures for 2027",
        "The festival brings thousands of visitors to local shops.",
        "Road closures make it hard for residents to get home.",
        "Please post the closure map early.",
    ),
    "refugees": (
        "Item 18: Refugee and newcomer resettlement services funding",
        "Newcomers need help with housing and English classes.",
        "The city should work with the churches already doing this.",
        "Please fund caseworkers who speak the languages.",
    ),
    "sports": (
        "Item 19: Youth sports field rental fees and permits",
        "The new field fees price out youth teams.",
        "Teams that damage the fields should pay for repairs.",
        "Please keep fees low for nonprofit leagues.",
    ),
    "dining": (
        "Item 20: Outdoor dining permit program",
        "The outdoor tables saved many restaurants.",
        "The structures block the sidewalk for wheelchairs.",
        "Please make the permit cheaper for small places.",
    ),
    "truck": (
        "Item 21: Truck parking restrictions in industrial and residential zones",
        "Trucks park on our street overnight and block the view.",
        "Drivers need somewhere legal to park.",
        "Please build a truck yard near the highway.",
    ),
}

ROWS: list[tuple[str, str, str]] = [
    # Spanish
    (
        "es",
        "vending",
        "Buenas tardes. Soy vendedora de tamales en la esquina de Fruitvale y la 35 desde hace 12 años. El permiso de $450 al año más $180 de salud es mucho para nosotros. Pido que bajen la cuota. Si alguien del concejo quiere hablar conmigo, mi WhatsApp es 510-555-0143. Gracias.",
    ),
    (
        "es",
        "fire",
        "Estamos juntando dinero para la familia Ramírez que perdió su casa en el incendio de la calle Pine. Llevamos $2,340 de $5,000. Pueden mandar por Zelle al 408-555-0199 (Iglesia San José) o Venmo @ayuda-ramirez. ¡Gracias vecinos!",
    ),
    (
        "es",
        "housing",
        "REUNIÓN COMUNITARIA sobre el proyecto de vivienda 📢 Jueves 14 de marzo, 6:30 pm, Centro Comunitario César Chávez, 2100 E 14th St. Habrá interpretación y comida gratis. Más info: bit.ly/reunion-vivienda o llama al 555-0172.",
    ),
    (
        "es",
        "water",
        "CUIDADO vecinos: me llegó un mensaje que dice 'Su cuenta de agua está vencida, pague $89.99 hoy en www.pago-agua-ciudad.com o le cortamos el servicio'. ¡Es FALSO! La ciudad no manda mensajes así. Reporten al 311.",
    ),
    ("es", "water", "NO AL AUMENTO!!! 👎👎👎"),
    (
        "es",
        "rental_aid",
        "Necesito ayuda para llenar la forma de asistencia de renta. No hablo inglés bien. Alguien me puede ayudar? Mi número 555-0148, llamar después de las 5pm. Gracias",
    ),
    (
        "es",
        "vending",
        "Yo tengo un food truck en el parking lot de la Home Depot y la new rule de 300 feet nos va a matar el business. 70% de mis clientes son trabajadores de ahí. Please no aprueben esto. Tacos El Güero, 555-0110",
    ),
    (
        "es",
        "park",
        "La Parroquia Santa Cecilia invita a todos a la misa y reunión sobre la seguridad del parque el domingo 10am. Después hablaremos del cambio de horario del parque. Todos bienvenidos! 🙏 Info: 555-0167 Padre Luis",
    ),
    (
        "es",
        "water",
        "Hice las cuentas: con el aumento de 12% mi factura pasa de $86 a $96.32 al mes, o sea $123.84 más al año. Para una familia que gana $2,800 al mes esto es mucho. Voten NO.",
    ),
    (
        "es",
        "bike",
        "Soy dueña de la panadería La Espiga en Main St. Con las obras de la calle perdimos 40% de ventas en 3 meses. Pedimos un fondo de ayuda para negocios pequeños. Pueden visitarnos: facebook.com/panaderialaespiga Tel 555-0133",
    ),
    (
        "es",
        "sports",
        "Somos la liga de fútbol infantil Los Halcones, 140 niños. La renta de la cancha subió a $85 la hora. Vendemos pupusas a $3 este sábado para juntar fondos, pedidos por WhatsApp 510-555-0190. Por favor mantengan las cuotas bajas!",
    ),
    # Vietnamese
    (
        "vi",
        "permit",
        "Tôi là chủ tiệm nail ở đường Tully 15 năm rồi. Máy thông gió mới giá khoảng $8,000 - $12,000, tiệm nhỏ như chúng tôi không có tiền. Xin hội đồng cho thêm thời gian hoặc hỗ trợ 50%. Liên lạc: 408-555-0181 (Zalo cùng số). Cảm ơn.",
    ),
    (
        "vi",
        "housing",
        "Mời bà con Việt Nam khu Little Saigon đến họp về dự án nhà ở ngày Thứ Bảy 16/3 lúc 2 giờ chiều tại Hội trường Chùa Đức Viên, 2440 McLaughlin Ave. Có thông dịch. Hỏi thêm gọi cô Lan 408-555-0122.",
    ),
    (
        "vi",
        "rental_aid",
        "Bà con cẩn thận! Có người gọi điện nói 'Quý vị trúng thưởng $5,000 từ chương trình hỗ trợ của thành phố, gửi $200 phí qua Zelle để nhận'. Đây là LỪA ĐẢO. Thành phố không bao giờ đòi tiền.",
    ),
    ("vi", "park", "Đồng ý 100% 👍👍"),
    (
        "vi",
        "hearing",
        "Xin cho tôi người thông dịch tiếng Việt cho buổi họp ngày 20. Mẹ tôi 78 tuổi muốn phát biểu về trạm xe buýt số 22 bị dời đi. SĐT 408-555-0164.",
    ),
    (
        "vi",
        "fire",
        "Quỹ giúp đỡ gia đình anh Minh bị cháy nhà trên đường Pine. Đã quyên được $3,150. Ai muốn giúp xin gửi Zelle 408-555-0176 hoặc Venmo @giupanhMinh. Xin cảm ơn.",
    ),
    (
        "vi",
        "water",
        "toi phan doi tang gia nuoc 9%, gia dinh toi 6 nguoi moi thang tra $140 roi. xin hoi dong xem lai",
    ),
    (
        "vi",
        "bike",
        "Nhà hàng Phở Hòa của chúng tôi ủng hộ làn xe đạp mới nhưng xin giữ lại 10 chỗ đậu xe 30 phút trước cửa. Khách lớn tuổi cần chỗ đậu. Liên hệ: 408-555-0139.",
    ),
    (
        "vi",
        "rental_aid",
        "Giáo xứ Đức Mẹ La Vang thông báo: sau thánh lễ Chúa Nhật 9 giờ sáng sẽ có buổi hướng dẫn điền đơn xin trợ cấp tiền thuê nhà. Miễn phí. Mang theo giấy tờ tùy thân.",
    ),
    (
        "vi",
        "parking",
        "Mình là owner tiệm bánh mì on Senter Rd, cái parking meter mới $2/hour là quá mắc, khách không dừng lại mua nữa. Please reconsider. Thanks!",
    ),
    (
        "vi",
        "dining",
        "Quán cà phê nhỏ của tôi có 4 bàn ngoài trời. Phí giấy phép $1,800/năm trong khi lời mỗi tháng chỉ khoảng $2,000. Mời hội đồng ghé uống cà phê và nói chuyện, Zalo 408-555-0115.",
    ),
    # Tagalog
    (
        "tl",
        "permit",
        "Magandang araw po. Ako po ay caregiver at may-ari ng maliit na care home sa Daly City (6 na residente). Ang bagong fee na $1,200 ay napakalaki para sa amin. Sana po ay bigyan ng exemption ang mga small care homes. Salamat po. Contact: 650-555-0187 (Viber din).",
    ),
    (
        "tl",
        "bus",
        "Inaanyayahan po ang lahat ng Pilipino sa Serramonte area sa community meeting tungkol sa bagong bus route. Sabado, 3pm, sa Our Lady of Mercy parish hall. May merienda! RSVP kay Tita Baby 650-555-0125",
    ),
    (
        "tl",
        "fire",
        "Tulong po para sa pamilya Santos na nasunugan sa Pine St. $1,870 na ang naipon. GCash (para sa mga kamag-anak sa Pinas) 0917 555 1234 o Zelle 650-555-0144. Maraming salamat po!",
    ),
    (
        "tl",
        "garbage",
        "Grabe naman yung 15% increase sa garbage fee, from $48 naging $55.20 per month. Hindi po kaya ng mga senior na fixed income. NO po kami dito.",
    ),
    ("tl", "park", "SANG-AYON PO AKO!!! 🙏🙏"),
    (
        "tl",
        "tax",
        "Ingat po kayo, may nag-text sa nanay ko: 'CONGRATS! Nanalo ka ng $1,000 mula sa City Rebate Program. I-click ang link para i-claim: bit.ly/cityrebate-claim'. SCAM po yan, huwag i-click.",
    ),
    (
        "tl",
        "hearing",
        "Pwede po bang magkaroon ng Tagalog interpreter sa hearing sa April 3? Marami po sa aming lolo at lola ang gustong magsalita tungkol sa senior center. Tawagan po ako 650-555-0158. Salamat.",
    ),
    (
        "tl",
        "festival",
        "Ako po ang may-ari ng Manila Bakeshop sa Mission St. Suportado po namin ang street festival basta may loading zone para sa deliveries. Pwede kayong mag-message sa FB page namin: facebook.com/manilabakeshopdc",
    ),
    (
        "tl",
        "safety",
        "Ang Iglesia ni Cristo lokal ng South San Francisco ay nagpapasalamat sa lungsod sa pag-ayos ng ilaw sa Grand Ave. Mas ligtas na po ang paglalakad ng mga kapatid pag gabi.",
    ),
    (
        "tl",
        "permit",
        "Computation ko po: 240 units x $35 na fee = $8,400 lang kada taon, maliit po yan kumpara sa $2.1 million na budget. Bakit kailangan pang taasan?",
    ),
    # Chinese (Mandarin, Cantonese, pinyin)
    (
        "zh",
        "dining",
        "我是唐人街金龙餐厅的老板。户外用餐许可费每年$2,500太贵了，疫情后生意还没恢复，营业额只有以前的60%。请市议会降低费用。联系电话：415-555-0188，微信：jinlong_sf",
    ),
    (
        "zh",
        "housing",
        "【社区会议】关于Sunset区新建住房项目，3月12日（周二）晚上6点半，地点：Sunset青少年中心，3918 Irving St。提供中文翻译。扫码加入微信群了解详情。联系人：陈女士 415-555-0121",
    ),
    (
        "zh",
        "tax",
        "提醒各位邻居：最近有人冒充市政府打电话说“您的房产税逾期，请立即通过比特币付款$3,000，否则没收房屋”。这是诈骗！请不要相信，直接打311。",
    ),
    (
        "zh",
        "bike",
        "wo fandui zhege xiangmu, jiaotong yijing hen du le, meitian shangban yao 45 fenzhong. qing yiyuan toupiao fandui.",
    ),
    ("zh", "park", "支持！！！👍👍👍"),
    (
        "zh",
        "fire",
        "为受火灾影响的Pine街12户家庭募捐，目前已筹到$6,800，目标$15,000。可通过Zelle转账至 sfchinesemutualaid@gmail.com 或 GoFundMe: gofundme.com/f/pine-fire-families。谢谢大家！",
    ),
    (
        "zh",
        "hearing",
        "请问听证会有没有粤语翻译？我爸爸想发言但不会说英语。我的电话415-555-0136，谢谢。",
    ),
    ("zh", "rent", "我哋反對修改租金管制，好多老人家住咗三十幾年，加租10%真係頂唔順。請議員三思。"),
    (
        "zh",
        "rental_aid",
        "华人浸信会通知：本周日下午2点在教会（1050 Stockton St）举办填写租金援助申请表的讲座，免费，有国语粤语翻译。",
    ),
    (
        "zh",
        "parking",
        "本人在Clement街开洗衣店20年，支持增加停车位。顾客都是附近居民，停车难导致生意下降30%。有问题可以加我微信 clementlaundry88 或打 415-555-0190。",
    ),
    # Korean
    (
        "ko",
        "parking",
        "저는 Koreatown에서 15년째 식당을 운영하고 있습니다. 새 주차 요금 시간당 $4는 너무 비쌉니다. 손님이 30% 줄었습니다. 재고해 주세요. 연락처: 213-555-0171, 카톡 ID: ktownbbq",
    ),
    (
        "ko",
        "housing",
        "한인 커뮤니티 타운홀 미팅 안내 📢 일시: 3월 15일(토) 오후 2시 장소: 한인회관 (981 S Western Ave) 주제: 도서관 주차장 주택 건립안. 통역 제공. 문의: 213-555-0129",
    ),
    (
        "ko",
        "water",
        "주의하세요! '시청입니다. 귀하의 수도요금 $250이 미납되었습니다. 아래 링크로 즉시 납부하세요 http://la-city-pay.top' 이런 문자가 오는데 사기입니다. 시에서는 이런 문자 안 보냅니다.",
    ),
    ("ko", "rent", "반대합니다!!!!"),
    (
        "ko",
        "hearing",
        "공청회에 한국어 통역 가능한가요? 저희 어머니가 버스 노선 변경에 대해 말씀하고 싶어하십니다. 연락처 213-555-0153",
    ),
    (
        "ko",
        "rental_aid",
        "LA 한인연합감리교회에서 이번 주일 예배 후 오후 1시에 주거 지원 신청서 작성 도움을 드립니다. 무료입니다. 신분증 지참하세요.",
    ),
    (
        "ko",
        "fire",
        "화재로 집을 잃은 김씨 가족을 위한 모금입니다. 현재 $4,200 모였습니다. Zelle: 213-555-0160 (김영희) 감사합니다 🙏",
    ),
    (
        "ko",
        "park",
        "이 project 완전 찬성이에요! 우리 동네 park 너무 낡았어요. 애들이 놀 곳이 없어요 ㅠㅠ",
    ),
    (
        "ko",
        "tax",
        "계산해보니 재산세 인상 3.5%면 우리집 $650,000 기준 연 $227.50 더 냅니다. 은퇴자한테는 부담입니다. 반대합니다.",
    ),
    (
        "ko",
        "permit",
        "세탁소 운영하는 사람입니다. 비닐봉투 금지 찬성하지만 6개월 유예기간 주세요. 재고가 $3,000어치 남았습니다. 문의 213-555-0117",
    ),
    # Arabic (and Arabizi)
    (
        "ar",
        "permit",
        "أنا صاحب مطعم في شارع وارن منذ ١٠ سنوات. رسوم الترخيص الجديدة ١٬٥٠٠ دولار كثيرة جداً على المطاعم الصغيرة. أرجو من المجلس إعادة النظر. للتواصل واتساب: 313-555-0186",
    ),
    (
        "ar",
        "safety",
        "يدعو المركز الإسلامي في ديربورن جميع أفراد الجالية إلى اجتماع حول مشروع توسعة الطريق يوم الجمعة بعد صلاة العشاء الساعة ٨:٣٠ مساءً. العنوان: 15571 Joy Rd. سيكون هناك ترجمة.",
    ),
    (
        "ar",
        "tax",
        "انتبهوا يا جماعة! وصلتني رسالة تقول 'مبروك ربحت ١٠٠٠ دولار من البلدية، ارسل رقم بطاقتك البنكية لاستلام الجائزة'. هذا احتيال! البلدية ما بترسل هيك رسائل.",
    ),
    (
        "ar",
        "housing",
        "ana 3ayesh hon men 20 sene w ma fi parking abadan. please la2 3al mashrou3 hayda. el 7ay kello ded.",
    ),
    ("ar", "park", "نعم للحديقة 🌳🌳🌳"),
    (
        "ar",
        "fire",
        "حملة تبرعات لعائلة أبو أحمد اللي احترق بيتهم على شارع باين. جمعنا ٢٬٣٠٠ دولار من أصل ٨٬٠٠٠. للتبرع زيل: 313-555-0147 أو كاش آب $AbuAhmedFamily. الله يجزيكم الخير",
    ),
    (
        "ar",
        "hearing",
        "هل يوجد مترجم عربي في جلسة الاستماع؟ والدي يريد أن يتكلم عن موقف الباص. رقمي 313-555-0192",
    ),
    (
        "ar",
        "water",
        "حسبتها: الزيادة ٨٪ على فاتورة المي يعني من ٧٥ دولار لـ ٨١ دولار بالشهر، يعني ٧٢ دولار زيادة بالسنة. كتير على العائلات. لا للزيادة.",
    ),
    (
        "ar",
        "bike",
        "I own the Yemeni coffee shop on Dix Ave. نحن ندعم مسار الدراجات لكن نحتاج منطقة تحميل. Call me 313-555-0114. شكراً",
    ),
    (
        "ar",
        "park",
        "الرجاء تجديد الحديقة وإضافة ظل، الأولاد بحاجة لمكان يلعبوا فيه بعد المدرسة. مجموعة أمهات ديربورن. واتساب المجموعة 313-555-0106",
    ),
    (
        "ar",
        "rent",
        "el ejar 3lyna tele3 men 1400 la 1650 $ b sene wa7de!! ya3ni 18%. mn 3yle fiha 5 wlad. plz 7ottu 7ad lal ziyade",
    ),
    # Somali
    (
        "so",
        "sports",
        "Waxaan lacag u ururinaynaa kooxda kubadda cagta ee dhallinyarada Soomaaliyeed ee Cedar-Riverside. Funaanado cusub $15 mid kasta. Haddii aad rabto inaad caawiso WhatsApp 612-555-0178. Mahadsanid!",
    ),
    (
        "so",
        "housing",
        "Shir bulsho oo ku saabsan mashruuca guryaha. Sabtida 2:00 galabnimo, Brian Coyle Center, 420 15th Ave S. Turjumaan Soomaali ah ayaa jooga. Wixii faahfaahin ah wac Hodan 612-555-0131.",
    ),
    (
        "so",
        "safety",
        "Masjidka Abubakar As-Saddique wuxuu ku martiqaadayaa dhammaan bulshada shir ku saabsan badbaadada wadada Lake Street, Jimcaha kadib salaadda. Soo dhawow!",
    ),
    (
        "so",
        "parking",
        "Waxaan leeyahay dukaan yar oo ku yaal Karmel Mall. Kharashka baarkinka cusub $3 saacaddii wuu dilayaa ganacsigayaga. Fadlan dib u eega. Tel 612-555-0142",
    ),
    (
        "so",
        "hearing",
        "Ma heli karaa turjumaan Soomaali ah dhageysiga April 10? Hooyaday waxay rabtaa inay ka hadasho baska. Nambarkayga 612-555-0166",
    ),
    (
        "so",
        "rental_aid",
        "Digniin! Qof ayaa ii soo diray fariin: 'Waxaad ku guuleysatay $2,000 deeq magaalada ah, soo dir $150 si aad u hesho'. Waa khiyaano! Ha dirin lacag.",
    ),
    ("so", "park", "HAA! Waan taageersanahay 👍"),
    (
        "so",
        "rent",
        "Kiradu waxay kordhay 18% sannadkan, $1,350 ilaa $1,593. Qoysas badan ayaa ka guuraya xaafadda. Waxaan taageersanahay xakamaynta kirada.",
    ),
    (
        "so",
        "fire",
        "Hooyo Faadumo gurigeedii ayaa dab qabsaday. Waxaan ururinay $1,240. Lacagta ku soo dir Zelle 612-555-0150 ama Cash App $HooyoFaadumo. Allah ha idin barakeeyo",
    ),
    (
        "so",
        "bus",
        "Waan ka soo horjeedaa in la jaro baska 5 haddii aysan jirin beddel. My family has 3 shaqo iyo 1 car only. Fadlan.",
    ),
    # Amharic
    (
        "am",
        "dining",
        "እኔ በ U Street ላይ የኢትዮጵያ ምግብ ቤት ባለቤት ነኝ። አዲሱ የመንገድ ዳር መመገቢያ ክፍያ በዓመት $3,000 በጣም ብዙ ነው። እባካችሁ ቀንሱልን። ስልክ፡ 202-555-0184",
    ),
    (
        "am",
        "bus",
        "የደብረ ገነት መድኃኔዓለም ቤተ ክርስቲያን ምዕመናን በሙሉ በእሁድ ከቅዳሴ በኋላ ስለ አዲሱ የአውቶቡስ መስመር ስብሰባ እንድትገኙ ተጋብዛችኋል። 10፡00 ሰዓት።",
    ),
    ("am", "hearing", "በችሎቱ ላይ የአማርኛ አስተርጓሚ ይኖራል? እናቴ ስለ ኪራይ መናገር ትፈልጋለች። ስልኬ 202-555-0157"),
    (
        "am",
        "fire",
        "ለአቶ ተስፋዬ ቤተሰብ እርዳታ እየሰበሰብን ነው። እስካሁን $2,650 ተሰብስቧል። በZelle 202-555-0196 መላክ ይቻላል። እግዚአብሔር ይስጥልን",
    ),
    (
        "am",
        "rental_aid",
        "ተጠንቀቁ! 'የከተማው መንግስት $1,500 ሽልማት ሰጥቶዎታል፣ ለመቀበል $99 ይክፈሉ' የሚል መልዕክት እየተላከ ነው። ማጭበርበር ነው!",
    ),
    ("am", "park", "እደግፋለሁ!!! 🙏"),
    (
        "am",
        "rent",
        "ene yih project alsemamam. kiray bezu new, $1,800 bewer. bezu beteseboch eyewetu new.",
    ),
    (
        "am",
        "rent",
        "የኢትዮጵያ ማህበረሰብ ስብሰባ፡ ቅዳሜ መጋቢት 15፣ 3:00 PM, 8420 Georgia Ave. ስለ ቤት ኪራይ ጭማሪ እንወያያለን። መረጃ 202-555-0128",
    ),
    ("am", "water", "የውሃ ክፍያ 9% ከጨመረ ከ$90 ወደ $98.10 ይሆናል፣ በዓመት $97.20 ተጨማሪ ነው። እቃወማለሁ።"),
    # Haitian Creole
    (
        "ht",
        "permit",
        "Bonjou, mwen se pwopriyetè yon ti restoran ayisyen sou Nostrand Ave. Nouvo frè pèmi $1,200 la twòp pou nou. Tanpri bese l. Rele m 718-555-0183 oswa WhatsApp menm nimewo a.",
    ),
    (
        "ht",
        "housing",
        "Legliz Batis Ebenezer ap envite tout kominote a nan yon reyinyon sou pwojè lojman an Dimanch 3 mas apre sèvis 12:30. 1234 Flatbush Ave. Ap gen tradiksyon kreyòl.",
    ),
    (
        "ht",
        "rental_aid",
        "ATANSYON frè ak sè! Gen moun k ap voye mesaj: 'Ou genyen $3,000 nan lotri vil la, voye $200 pa MoneyGram pou w resevwa l'. SE MANTI! Pa voye lajan.",
    ),
    (
        "ht",
        "fire",
        "N ap ranmase lajan pou fanmi Jean-Baptiste ki pèdi kay yo nan dife a. Nou gen $1,980 deja. Zelle 718-555-0141 oswa CashApp $FanmiJB. Mèsi anpil!",
    ),
    (
        "ht",
        "hearing",
        "Èske ap gen entèprèt kreyòl nan odyans lan? Manman m vle pale sou otobis B44 la. Nimewo m 718-555-0159",
    ),
    ("ht", "park", "WI WI WI!!! Nou bezwen pak sa a 🙏🇭🇹"),
    (
        "ht",
        "rent",
        "Si lwaye monte 7%, $1,600 vin $1,712 chak mwa, sa fè $1,344 anplis pa ane. Fanmi yo pa ka peye sa. Mwen kont.",
    ),
    (
        "ht",
        "safety",
        "Reyinyon kominotè: Mèkredi 6pm nan Flatbush Library, 22 Linden Blvd. N ap pale sou sekirite lari a bò lekòl yo. Enfo: bit.ly/flatbush-reyinyon",
    ),
    (
        "ht",
        "bike",
        "Mwen sipòte bike lane la men please kite parking pou granmoun yo. My mom is 80 li pa ka mache lwen.",
    ),
    # Portuguese
    (
        "pt",
        "permit",
        "Sou dona de um salão de beleza na Rua Main em Framingham há 9 anos. A nova taxa de licença de $800 é demais pra gente. Peço que reconsiderem. Meu WhatsApp: 508-555-0182. Obrigada.",
    ),
    (
        "pt",
        "bus",
        "Convidamos toda a comunidade brasileira para uma reunião sobre as novas linhas de ônibus. Quinta 19h, Igreja Batista Brasileira, 56 Concord St. Teremos tradução. Link da live: youtube.com/@ibbframingham",
    ),
    (
        "pt",
        "tax",
        "Gente, CUIDADO! Tá chegando mensagem assim: 'Você tem um reembolso de $480 do imposto predial, clique aqui: bit.ly/reembolso-cidade'. É GOLPE! Não cliquem.",
    ),
    (
        "pt",
        "fire",
        "Vaquinha para a família do Seu Antônio que perdeu tudo no incêndio da Pine St. Já arrecadamos $3,420 de $10,000. Pix para familiares no Brasil ou Zelle 508-555-0145. Deus abençoe!",
    ),
    ("pt", "park", "SIMMM!!! Aprovem logo 👏👏👏"),
    (
        "pt",
        "hearing",
        "Vai ter intérprete de português na audiência? Meu pai quer falar sobre o aluguel. Meu número 508-555-0165",
    ),
    (
        "pt",
        "garbage",
        "Fiz a conta: aumento de 11% no lixo, de $42 pra $46,62 por mês. Mais $55 por ano. Sou contra.",
    ),
    (
        "pt",
        "festival",
        "Tenho uma padaria brasileira na Hollis St e apoio a feira de rua, mas precisamos de vaga de carga e descarga. Qualquer coisa me chama no zap 508-555-0119",
    ),
    (
        "pt",
        "housing",
        "A Assembleia de Deus de Framingham abre o estacionamento para os vizinhos durante as obras. Qualquer dúvida falar com o Pastor Marcos.",
    ),
    (
        "pt",
        "bus",
        "Eu trabalho de cleaning lady e pego o bus 7 todo dia. Se cortarem essa linha eu perco meu job. Please não cortem!",
    ),
    # Russian
    (
        "ru",
        "permit",
        "Я владелец небольшой автомастерской на Brighton 6th St. Новый сбор $2,000 за разрешение — это слишком. Прошу совет пересмотреть. Тел. 718-555-0185, Telegram @brighton_auto",
    ),
    (
        "ru",
        "safety",
        "Приглашаем жителей Брайтона на собрание по поводу безопасности перекрёстков у школ. Вторник 18:30, библиотека Brighton Beach, 2229 Ocean View Ave. Будет перевод на русский. Подробности в нашем Телеграм-канале.",
    ),
    (
        "ru",
        "water",
        "Внимание соседи! Приходят SMS: 'Ваш счёт за воду просрочен, оплатите $75.50 по ссылке city-water-pay.xyz иначе отключим'. Это МОШЕННИКИ! Город так не пишет.",
    ),
    ("ru", "housing", "ПРОТИВ!!! ПРОТИВ!!! ПРОТИВ!!!"),
    (
        "ru",
        "tax",
        "Посчитал: налог вырастет на 4,2%, для моей квартиры это $312 в год. Для пенсионеров это много. Голосуйте против.",
    ),
    (
        "ru",
        "fire",
        "Собираем деньги для семьи Ковалёвых, у них сгорела квартира на Pine St. Собрано $2,870. Zelle 718-555-0149. Спасибо всем!",
    ),
    (
        "ru",
        "hearing",
        "Будет ли русский переводчик на слушаниях 12 апреля? Моя мама хочет выступить про автобус B1. Мой номер 718-555-0161",
    ),
    (
        "ru",
        "parking",
        "ya protiv etogo proekta. parkovki i tak net, a vy hotite zabrat eshe 40 mest. podumaite o pensionerah.",
    ),
    (
        "ru",
        "safety",
        "Русская православная церковь Святого Николая благодарит город за новый светофор на Ocean Pkwy. Прихожанам стало безопаснее.",
    ),
    (
        "ru",
        "bike",
        "Наш магазин 'Гастроном' поддерживает bike lane, но нужна loading zone для доставки. Звоните 718-555-0113.",
    ),
    # Ukrainian
    (
        "uk",
        "rental_aid",
        "Я українка, приїхала за програмою U4U. Потрібна допомога заповнити форму на житлову допомогу. Чи є перекладач? Мій Telegram @olena_kyiv22, тел. 206-555-0174",
    ),
    (
        "uk",
        "refugees",
        "Запрошуємо українську громаду на зустріч щодо програми допомоги біженцям. Субота 14:00, Українська церква Св. Михаїла, 1234 Main St. Реєстрація: forms.gle/ukrhelp2026",
    ),
    (
        "uk",
        "refugees",
        "Збираємо кошти для родини з Харкова, які щойно приїхали. Зібрано $1,540 з $4,000. Zelle 206-555-0146 або PayPal. Дякуємо! 💙💛",
    ),
    (
        "uk",
        "refugees",
        "Обережно! Пишуть у Viber: 'Місто виплачує $2,500 українським біженцям, надішліть номер картки для отримання'. Це шахраї!",
    ),
    ("uk", "park", "ТАК! Підтримую 💙💛"),
    (
        "uk",
        "rent",
        "Оренда зросла з $1,450 до $1,740, тобто на 20%. Ми платимо вже 60% доходу за житло. Підтримую обмеження оренди.",
    ),
    (
        "uk",
        "festival",
        "Маю невелику пекарню на Aurora Ave. Підтримую новий ярмарок, але прошу місця для паркування. Тел 206-555-0118",
    ),
    ("uk", "park", "pidtrymuiu proekt parku, dity ne mayut de hraty. diakuiu."),
    (
        "uk",
        "refugees",
        "Українська греко-католицька парафія запрошує всіх на безкоштовні уроки англійської щовівторка о 18:00. Дзвоніть о. Петру 206-555-0137.",
    ),
    # Polish
    (
        "pl",
        "permit",
        "Jestem właścicielem małej firmy remontowej w Greenpoint. Nowa opłata za pozwolenie $950 to za dużo dla małych firm. Proszę o ponowne rozważenie. Tel. 718-555-0189",
    ),
    (
        "pl",
        "housing",
        "Zapraszamy Polonię na spotkanie w sprawie nowego budynku. Czwartek 19:00, Dom Polski, 177 Kent St. Będzie tłumacz. Info: facebook.com/groups/polonia.greenpoint",
    ),
    (
        "pl",
        "water",
        "UWAGA sąsiedzi! Dostajecie SMS: 'Miasto zwraca $320 nadpłaty za wodę, kliknij tutaj: bit.ly/zwrot-woda'. To OSZUSTWO!",
    ),
    (
        "pl",
        "fire",
        "Zbiórka dla pani Haliny, która straciła mieszkanie w pożarze. Zebraliśmy $2,100. Zelle 718-555-0143 lub GoFundMe gofundme.com/f/pomoc-dla-haliny. Dziękujemy!",
    ),
    ("pl", "housing", "NIE NIE NIE dla tego projektu!!!"),
    (
        "pl",
        "safety",
        "Parafia św. Stanisława Kostki zaprasza w niedzielę po mszy o 11:00 na spotkanie o bezpieczeństwie na McGuinness Blvd.",
    ),
    (
        "pl",
        "tax",
        "Podatek wzrośnie o 5%, czyli dla mojego domu $430 rocznie więcej. Emeryci tego nie udźwigną. Jestem przeciw.",
    ),
    (
        "pl",
        "hearing",
        "Czy będzie tłumacz polski na przesłuchaniu? Mój tata chce mówić o autobusie. Mój numer 718-555-0163",
    ),
    (
        "pl",
        "bike",
        "Jako owner piekarni na Manhattan Ave popieram bike lane ale potrzebujemy loading zone. Thanks!",
    ),
    # Hindi (and romanised Hindi)
    (
        "hi",
        "parking",
        "मैं Edison में एक छोटी किराने की दुकान चलाता हूँ। नया पार्किंग मीटर $3 प्रति घंटा बहुत महंगा है, ग्राहक 25% कम हो गए हैं। कृपया इस पर दोबारा विचार करें। संपर्क: 732-555-0180 (WhatsApp भी)",
    ),
    (
        "hi",
        "safety",
        "श्री गणेश मंदिर सभी भक्तों को रविवार शाम 5 बजे सड़क सुरक्षा पर सामुदायिक बैठक में आमंत्रित करता है। पता: 45 Oak Tree Rd. चाय-नाश्ता मुफ्त।",
    ),
    (
        "hi",
        "housing",
        "main is project ka virodh karta hoon. traffic pehle hi bahut hai, school ke bachon ke liye khatarnak hai. please vote NO.",
    ),
    (
        "hi",
        "tax",
        "सावधान! मैसेज आ रहा है: 'आपको शहर की तरफ से $1,000 का रिफंड मिला है, अपना बैंक अकाउंट नंबर भेजें'। यह धोखा है! शहर ऐसा कभी नहीं करता।",
    ),
    ("hi", "park", "हाँ! पूरा समर्थन 🙏🙏"),
    (
        "hi",
        "fire",
        "शर्मा परिवार के लिए चंदा, जिनका घर आग में जल गया। अब तक $3,500 इकट्ठा हुए। Zelle 732-555-0148 पर भेजें। धन्यवाद!",
    ),
    (
        "hi",
        "hearing",
        "क्या सुनवाई में हिंदी अनुवादक होगा? मेरी माँ बस के बारे में बोलना चाहती हैं। मेरा नंबर 732-555-0168",
    ),
    (
        "hi",
        "rent",
        "Bhai ye rent increase 10% ka matlab $1,900 se $2,090 ho jayega. Hum students kaise afford karenge? Please rent control support karo.",
    ),
    (
        "hi",
        "festival",
        "हमारी मिठाई की दुकान 'Rajbhog Sweets' Oak Tree Road पर है। हम स्ट्रीट फेस्टिवल का समर्थन करते हैं। दिवाली पर सबको 10% छूट! 😊 Tel 732-555-0112",
    ),
    (
        "hi",
        "safety",
        "Sabhi padosiyon ko invite hai - Oak Tree Rd school crossing safety meeting Saturday 11am, Edison Library. Zoom link: us02web.zoom.us/j/84512345678",
    ),
    # Punjabi (and romanised)
    (
        "pa",
        "truck",
        "ਮੈਂ Fresno ਵਿੱਚ ਟਰੱਕਿੰਗ ਕੰਪਨੀ ਚਲਾਉਂਦਾ ਹਾਂ। ਨਵੀਂ ਟਰੱਕ ਪਾਰਕਿੰਗ ਫੀਸ $400 ਮਹੀਨਾ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਵਿਚਾਰ ਕਰੋ। ਫੋਨ 559-555-0187",
    ),
    (
        "pa",
        "safety",
        "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਸਿੰਘ ਸਭਾ ਵੱਲੋਂ ਸਾਰੀ ਸੰਗਤ ਨੂੰ ਐਤਵਾਰ ਦੁਪਹਿਰ 1 ਵਜੇ ਸੜਕ ਸੁਰੱਖਿਆ ਬਾਰੇ ਮੀਟਿੰਗ ਵਿੱਚ ਆਉਣ ਦੀ ਬੇਨਤੀ ਹੈ। ਲੰਗਰ ਦਾ ਪ੍ਰਬੰਧ ਹੈ।",
    ),
    (
        "pa",
        "park",
        "asi is project de hak vich haan. sadde bachean layi park di bahut lod hai. dhanvaad ji",
    ),
    ("pa", "hearing", "ਕੀ ਸੁਣਵਾਈ ਵਿੱਚ ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਆ ਹੋਵੇਗਾ? ਮੇਰੇ ਪਿਤਾ ਜੀ ਬੋਲਣਾ ਚਾਹੁੰਦੇ ਹਨ। ਨੰਬਰ 559-555-0169"),
    (
        "pa",
        "safety",
        "ਸੜਕ ਹਾਦਸੇ ਵਿੱਚ ਜ਼ਖਮੀ ਹੋਏ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਦੇ ਪਰਿਵਾਰ ਲਈ ਮਦਦ। ਹੁਣ ਤੱਕ $4,100 ਇਕੱਠੇ ਹੋਏ। Zelle 559-555-0151. ਵਾਹਿਗੁਰੂ ਭਲਾ ਕਰੇ",
    ),
    ("pa", "park", "ਹਾਂਜੀ ਪੂਰਾ ਸਮਰਥਨ!!! 🙏"),
    (
        "pa",
        "truck",
        "ਸਾਵਧਾਨ! ਫੋਨ ਆ ਰਹੇ ਹਨ ਕਿ 'ਤੁਹਾਡਾ ਟਰੱਕ ਲਾਇਸੈਂਸ ਰੱਦ ਹੋ ਜਾਵੇਗਾ, ਹੁਣੇ $500 ਗਿਫਟ ਕਾਰਡ ਨਾਲ ਭਰੋ'। ਇਹ ਧੋਖਾ ਹੈ!",
    ),
    (
        "pa",
        "truck",
        "Sat sri akal ji, main truck yard da owner haan Golden State Blvd te. Navi fee bahut zyada hai. Koi gal karni hove taan WhatsApp karo 559-555-0120",
    ),
    # Bengali
    (
        "bn",
        "permit",
        "আমি Jackson Heights-এ একটি ছোট রেস্টুরেন্ট চালাই। নতুন পারমিট ফি $1,100 অনেক বেশি। দয়া করে বিবেচনা করুন। ফোন: 718-555-0181",
    ),
    (
        "bn",
        "safety",
        "জ্যাকসন হাইটস মসজিদ সবাইকে শুক্রবার জুম্মার পর রাস্তার নিরাপত্তা নিয়ে সভায় আমন্ত্রণ জানাচ্ছে। ঠিকানা: 37-10 73rd St.",
    ),
    (
        "bn",
        "fire",
        "আগুনে ক্ষতিগ্রস্ত রহমান পরিবারের জন্য সাহায্য। এখন পর্যন্ত $2,750 উঠেছে। Zelle 718-555-0152. আল্লাহ আপনাদের ভালো করুন।",
    ),
    (
        "bn",
        "hearing",
        "শুনানিতে কি বাংলা দোভাষী থাকবে? আমার মা বাস রুট নিয়ে কথা বলতে চান। আমার নম্বর 718-555-0170",
    ),
    (
        "bn",
        "park",
        "ami ei project er pokkhe. amader elakay park nai, bacchara rastay khele. dhonnobad",
    ),
    (
        "bn",
        "tax",
        "সাবধান! মেসেজ আসছে: 'আপনি সিটি থেকে $800 ট্যাক্স রিফান্ড পেয়েছেন, এই লিংকে ক্লিক করুন bit.ly/nyc-refund-bd'। এটা প্রতারণা!",
    ),
    ("bn", "park", "সমর্থন করি!!! 👍👍"),
    (
        "bn",
        "rent",
        "ভাড়া ১২% বাড়লে $1,600 থেকে $1,792 হবে, বছরে $2,304 বেশি। আমরা পারব না। ভাড়া নিয়ন্ত্রণ চাই।",
    ),
    (
        "bn",
        "bus",
        "বাংলাদেশি কমিউনিটি মিটিং: রবিবার বিকাল ৪টা, 72nd St Community Room. বিষয়: নতুন বাস লাইন। যোগাযোগ 718-555-0126",
    ),
    # Urdu (and roman Urdu)
    (
        "ur",
        "parking",
        "میں Devon Avenue پر ایک چھوٹی سی کپڑوں کی دکان چلاتا ہوں۔ نئی پارکنگ فیس $3 فی گھنٹہ بہت زیادہ ہے۔ گاہک کم ہو گئے ہیں۔ براہ کرم دوبارہ غور کریں۔ واٹس ایپ: 773-555-0189",
    ),
    (
        "ur",
        "housing",
        "Assalam o alaikum, hum is project ke khilaf hain. Devon Ave pe pehle hi traffic bohat hai. Council se guzarish hai ke NO vote karein.",
    ),
    (
        "ur",
        "safety",
        "مسجد الفاروق تمام کمیونٹی کو جمعہ کی نماز کے بعد سڑک کی حفاظت پر اجلاس میں مدعو کرتی ہے۔ 8601 W Ridge. ترجمہ فراہم ہوگا۔",
    ),
    (
        "ur",
        "water",
        "خبردار! یہ میسج آرہا ہے: 'آپ کا پانی کا بل $150 باقی ہے، ابھی گفٹ کارڈ سے ادائیگی کریں ورنہ کنکشن کٹ جائے گا'۔ یہ فراڈ ہے!",
    ),
    (
        "ur",
        "fire",
        "خان فیملی کے لیے چندہ جن کا گھر جل گیا۔ اب تک $3,200 جمع ہوئے۔ Zelle 773-555-0153. جزاک اللہ",
    ),
    ("ur", "park", "جی ہاں! مکمل حمایت 👍"),
    (
        "ur",
        "hearing",
        "کیا سماعت میں اردو مترجم ہوگا؟ میرے والد بس کے بارے میں بات کرنا چاہتے ہیں۔ نمبر 773-555-0171",
    ),
    (
        "ur",
        "rent",
        "Rent 15% barh gaya, $1,400 se $1,610. Hum jaise families kahan jayen? Rent control zaroor pass karein. Shukriya",
    ),
    # Farsi
    (
        "fa",
        "permit",
        "من صاحب یک نانوایی کوچک در Westwood هستم. هزینه مجوز جدید ۱۲۰۰ دلار برای ما خیلی زیاد است. لطفاً تجدید نظر کنید. تلفن: 310-555-0186",
    ),
    (
        "fa",
        "housing",
        "جامعه ایرانیان وست‌وود را به جلسه‌ای درباره طرح مسکن جدید دعوت می‌کنیم. پنج‌شنبه ساعت ۷ عصر، کتابخانه وست‌وود، 1246 Glendon Ave. ترجمه فارسی موجود است.",
    ),
    (
        "fa",
        "tax",
        "مواظب باشید! پیامک میاد که 'شما برنده ۲۰۰۰ دلار از شهرداری شدید، برای دریافت روی لینک کلیک کنید'. کلاهبرداریه!",
    ),
    (
        "fa",
        "parking",
        "man ba in tarh mokhalefam. parking kheili kame va mardom nemitunan park konan. merci",
    ),
    ("fa", "park", "موافقم!!! 👍👍👍"),
    (
        "fa",
        "hearing",
        "آیا در جلسه استماع مترجم فارسی هست؟ مادرم می‌خواهد درباره اتوبوس صحبت کند. شماره من 310-555-0172",
    ),
    (
        "fa",
        "fire",
        "کمک به خانواده رضایی که خانه‌شان آتش گرفت. تا الان ۲۸۰۰ دلار جمع شده. زل: 310-555-0154. ممنون از همه",
    ),
    (
        "fa",
        "rent",
        "با افزایش ۸ درصدی اجاره، از ۲۲۰۰ دلار میشه ۲۳۷۶ دلار. یعنی سالی ۲۱۱۲ دلار بیشتر. مخالفم.",
    ),
    # Hmong
    (
        "hmn",
        "vending",
        "Kuv yog ib tug neeg ua liaj ua teb nyob Fresno. Tus nqi tshiab $250 rau kev muag zaub ntawm khw farmers market kim heev. Thov pab txo. Hu rau kuv 559-555-0188",
    ),
    (
        "hmn",
        "safety",
        "Caw txhua tus Hmoob tuaj koom lub rooj sib tham txog kev nyab xeeb ntawm txoj kev ze tsev kawm ntawv. Hnub Saturday 10 teev sawv ntxov, Hmong Cultural Center, 4670 E Butler Ave. Muaj neeg txhais lus.",
    ),
    (
        "hmn",
        "hearing",
        "Puas muaj neeg txhais lus Hmoob thaum lub rooj hearing? Kuv niam xav hais txog lub tsheb npav. Kuv tus xov tooj 559-555-0173",
    ),
    (
        "hmn",
        "fire",
        "Pab tsev neeg Vang uas lawv lub tsev kub hnyiab. Tam sim no tau $1,650 lawm. Zelle 559-555-0155. Ua tsaug ntau",
    ),
    ("hmn", "park", "Pom zoo!!! 👍👍"),
    (
        "hmn",
        "rental_aid",
        "Lub Koom Txoos Hmong Alliance caw txhua tus tuaj pab ntim ntawv thov nyiaj pab them tsev Sunday tom qab pe hawm 12:30. Dawb xwb.",
    ),
    (
        "hmn",
        "rental_aid",
        "Ceev faj! Muaj neeg hu xov tooj hais tias 'koj yeej $1,000 ntawm lub nroog, xa $100 tuaj ua ntej'. Dag xwb!",
    ),
    (
        "hmn",
        "housing",
        "Kuv tsis pom zoo rau qhov project no vim tsis muaj parking txaus. Kuv tsev neeg muaj 8 leej.",
    ),
    # Nepali
    (
        "ne",
        "permit",
        "म Jackson Heights मा सानो मोमो पसल चलाउँछु। नयाँ अनुमति शुल्क $900 धेरै महँगो छ। कृपया पुनर्विचार गर्नुहोस्। फोन 718-555-0184 (Viber पनि)",
    ),
    (
        "ne",
        "safety",
        "नेपाली समुदायलाई सडक सुरक्षा बैठकमा निम्तो। शनिबार दिउँसो ३ बजे, 75-05 37th Ave. अनुवाद उपलब्ध।",
    ),
    (
        "ne",
        "park",
        "hami yo project ko samarthan garchhau. bachha haru ko lagi park chahinchha. dhanyabad",
    ),
    (
        "ne",
        "fire",
        "आगलागीबाट प्रभावित गुरुङ परिवारका लागि सहयोग। अहिलेसम्म $1,900 जम्मा भयो। Zelle 718-555-0156. धन्यवाद",
    ),
    (
        "ne",
        "hearing",
        "सुनुवाइमा नेपाली दोभाषे हुन्छ? मेरो बुबा बसको बारेमा बोल्न चाहनुहुन्छ। नम्बर 718-555-0174",
    ),
    ("ne", "park", "समर्थन छ!!! 🙏🇳🇵"),
    (
        "ne",
        "rental_aid",
        "होसियार! मेसेज आउँदैछ: 'तपाईंले शहरबाट $1,500 जित्नुभयो, दाबी गर्न $75 पठाउनुहोस्'। यो ठगी हो!",
    ),
    # Swahili
    (
        "sw",
        "permit",
        "Mimi ni mmiliki wa duka dogo la vyakula vya Kiafrika hapa Columbus. Ada mpya ya leseni $700 ni kubwa sana. Tafadhali fikirieni upya. Simu/WhatsApp 614-555-0187",
    ),
    (
        "sw",
        "housing",
        "Mkutano wa jamii ya Waafrika Mashariki kuhusu mradi wa nyumba. Jumamosi saa 8 mchana (2pm), Northland Library, 4445 Karl Rd. Kutakuwa na mkalimani.",
    ),
    (
        "sw",
        "fire",
        "Tunachangisha pesa kwa familia ya Mama Neema iliyopoteza nyumba kwa moto. Tumepata $1,430. Tuma kwa Zelle 614-555-0157 au Cash App $MamaNeema. Asanteni sana!",
    ),
    ("sw", "park", "NDIYO! Tunaunga mkono 👍"),
    (
        "sw",
        "rental_aid",
        "Tahadhari! Kuna ujumbe: 'Umeshinda $2,000 kutoka halmashauri ya jiji, tuma $100 kupokea'. Ni UTAPELI!",
    ),
    (
        "sw",
        "hearing",
        "Je, kutakuwa na mkalimani wa Kiswahili kwenye kikao? Mama yangu anataka kuzungumza kuhusu basi. Namba yangu 614-555-0175",
    ),
    (
        "sw",
        "safety",
        "Kanisa la Kilutheri la Kiswahili linawakaribisha wote Jumapili baada ya ibada saa 7 mchana kujadili usalama wa barabara ya Cleveland Ave.",
    ),
    (
        "sw",
        "bike",
        "Mimi nasupport hii bike lane lakini tunahitaji parking kwa wazee. Thanks council.",
    ),
    # Tigrinya
    (
        "ti",
        "permit",
        "ኣነ ኣብ Oakland ቤት መግቢ ኤርትራ ዘለኒ እየ። ሓድሽ ክፍሊት ፍቓድ $1,000 ብዙሕ እዩ። በጃኹም ደጊምኩም ርኣይዎ። ስልኪ 510-555-0185",
    ),
    ("ti", "bus", "ቤተ ክርስቲያን ቅድስት ማርያም ንኹሉ ሕብረተሰብ ሰንበት ድሕሪ ቅዳሴ ብዛዕባ ሓድሽ መስመር ኣውቶቡስ ኣኼባ ትዕድም።"),
    ("ti", "hearing", "ኣብቲ ኣኼባ ተርጓሚ ትግርኛ ክህሉ ድዩ? ኣደይ ብዛዕባ ኣውቶቡስ ክትዛረብ ትደሊ። ቁጽሪ 510-555-0176"),
    ("ti", "fire", "ንስድራ ቤት ኣቶ ተኽለ ሓገዝ። ክሳብ ሕጂ $2,200 ተኣኪቡ። Zelle 510-555-0158. የቐንየልና"),
    ("ti", "park", "ንድግፎ!!! 🙏"),
    ("ti", "rental_aid", "ተጠንቀቑ! 'ካብ ከተማ $1,000 ተዓዊትኩም፣ $80 ስደዱ' ዝብል መልእኽቲ ይለኣኽ ኣሎ። ምትላል እዩ!"),
    # Burmese
    (
        "my",
        "permit",
        "ကျွန်တော် Fort Wayne မှာ မြန်မာ စားသောက်ဆိုင်လေး ဖွင့်ထားပါတယ်။ လိုင်စင်ကြေး အသစ် $800 က အရမ်းများပါတယ်။ ပြန်စဉ်းစားပေးပါ။ ဖုန်း 260-555-0183 (Viber)",
    ),
    ("my", "safety", "မြန်မာ ဘုန်းကြီးကျောင်းမှ တနင်္ဂနွေနေ့ နေ့လယ် ၁ နာရီ လမ်းဘေး လုံခြုံရေး အစည်းအဝေးသို့ ဖိတ်ကြားပါသည်။"),
    (
        "my",
        "hearing",
        "ကြားနာပွဲမှာ မြန်မာ စကားပြန် ရှိပါသလား။ အမေက ဘတ်စ်ကား အကြောင်း ပြောချင်ပါတယ်။ 260-555-0177",
    ),
    ("my", "fire", "မီးလောင်ခံရတဲ့ ဦးထွန်း မိသားစုအတွက် အလှူငွေ $1,320 ရပြီ။ Zelle 260-555-0159 ကျေးဇူးတင်ပါတယ်"),
    ("my", "park", "ထောက်ခံပါတယ် 👍👍👍"),
    # Khmer
    (
        "km",
        "permit",
        "ខ្ញុំជាម្ចាស់ហាងដូណាត់តូចមួយនៅ Long Beach។ ថ្លៃអាជ្ញាប័ណ្ណថ្មី $600 ថ្លៃពេក។ សូមពិចារណាឡើងវិញ។ ទូរស័ព្ទ 562-555-0182",
    ),
    (
        "km",
        "safety",
        "វត្តខ្មែរ Long Beach សូមអញ្ជើញបងប្អូនទាំងអស់ចូលរួមប្រជុំអំពីសុវត្ថិភាពផ្លូវ ថ្ងៃអាទិត្យ ម៉ោង 2 រសៀល។",
    ),
    ("km", "hearing", "តើមានអ្នកបកប្រែភាសាខ្មែរនៅក្នុងសវនាការទេ? ម្តាយខ្ញុំចង់និយាយអំពីឡានក្រុង។ 562-555-0178"),
    ("km", "fire", "ជួយគ្រួសារលោក សុខា ដែលផ្ទះឆេះ។ ប្រមូលបាន $1,150 ហើយ។ Zelle 562-555-0160 អរគុណ"),
    ("km", "park", "គាំទ្រ!!! 👍"),
    # Japanese
    (
        "ja",
        "permit",
        "リトル東京でラーメン店を経営しています。新しい営業許可料$1,500は小さな店には高すぎます。再検討をお願いします。連絡先：213-555-0184、LINE ID: ramen_lt",
    ),
    (
        "ja",
        "housing",
        "【お知らせ】図書館駐車場の住宅計画について住民説明会を開催します。3月20日（木）午後6時半、日米文化会館 244 S San Pedro St。日本語通訳あり。",
    ),
    (
        "ja",
        "tax",
        "ご注意ください！「市役所です。固定資産税の還付金$600があります。こちらのリンクから手続きしてください」というメールは詐欺です。",
    ),
    ("ja", "park", "賛成です！！👍👍"),
    (
        "ja",
        "hearing",
        "公聴会に日本語の通訳はいますか？母がバス路線について話したいそうです。213-555-0179",
    ),
    (
        "ja",
        "parking",
        "watashi wa kono keikaku ni hantai desu. chuushajou ga tarinai. yoroshiku onegaishimasu",
    ),
    (
        "ja",
        "safety",
        "西本願寺別院より：日曜日の法要の後、午後1時から道路の安全についての話し合いを行います。どなたでもどうぞ。",
    ),
    # French
    (
        "fr",
        "permit",
        "Je suis propriétaire d'une petite boulangerie sur Main St. Les nouveaux frais de permis de 750 $ sont trop élevés. Merci de reconsidérer. Tél : 207-555-0186",
    ),
    (
        "fr",
        "housing",
        "Invitation à la communauté africaine francophone : réunion sur le projet de logement samedi 15h, Lewiston Public Library, 200 Lisbon St. Interprétation disponible. Info WhatsApp 207-555-0127",
    ),
    (
        "fr",
        "tax",
        "ATTENTION ! On reçoit des SMS : « Vous avez gagné 1 500 $ de la ville, envoyez 90 $ pour frais de dossier ». C'est une ARNAQUE !",
    ),
    (
        "fr",
        "fire",
        "Cagnotte pour la famille Mbala qui a perdu sa maison dans l'incendie. 2 340 $ récoltés sur 6 000 $. Zelle 207-555-0161 ou gofundme.com/f/famille-mbala. Merci !",
    ),
    ("fr", "park", "OUI OUI OUI !!! 🙏"),
    (
        "fr",
        "hearing",
        "Y aura-t-il un interprète en français à l'audience ? Ma mère veut parler de la ligne de bus. 207-555-0173",
    ),
]
