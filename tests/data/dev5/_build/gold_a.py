def A(role, low, cur, text, qual="exact", high=None):
    high = low if high is None else high
    usd = (low, high) if cur == "USD" else (None, None)
    return {"role": role, "low": low, "high": high, "currency": cur, "qualifier": qual, "text": text,
            "usd_low": usd[0], "usd_high": usd[1]}

def E(date, prec, basis, kind, status, cps, roles, otype, otext, amounts, quote, req=True, note=None):
    e = {"date": date, "date_precision": prec, "date_basis": basis, "kind": kind, "status": status,
         "counterparties": cps, "amounts": amounts, "quote": quote, "required": req,
         "object_type": otype, "object_text": otext, "roles": roles}
    if note:
        e["note"] = note
    return e

B = 10**9
M = 10**6
GOLD = {}
GOLD["d01"] = [
 E("2020-06-03","day","stated","launch","announced",[],{},"fund","a $100 million Opportunity Growth Fund",
   [A("value",100*M,"USD","$100 million")],
   "On Wednesday, the Japanese telecom giant announced a $100 million Opportunity Growth Fund that will invest solely in companies founded by people of color.",
   note="SoftBank is the primary limited partner of the initial $100 million, so the figure is its own money"),
]
GOLD["d02"] = [
 E("2019-02-18","day","publication","investment","rumored",["Mubadala Investment|Mubadala|Mubadala Ventures"],
   {"Mubadala Investment|Mubadala|Mubadala Ventures":"target"},"fund","the new US$400 million fund",
   [A("total",400*M,"USD","US$400 million")],
   "Japan's SoftBank Group has provided nearly half the cash for the new US$400 million fund by Abu Dhabi's state-owned Mubadala Investment that aims to back European startups, the Financial Times reported on Monday.",
   note="SoftBank's share is 'nearly half', no figure; FT report citing people, so rumored"),
 E("2019-02-18","day","publication","investment","completed",["Mubadala Investment|Mubadala"],
   {"Mubadala Investment|Mubadala":"co_investor"},"fund","SoftBank's Vision Fund",[],
   "Mubadala, which is a big investor in SoftBank's Vision Fund, will use the fund to invest between US$5 million and US$30 million in European startups, FT reported, citing people with direct knowledge of the matter.",
   req=False, note="background: Mubadala's money in the Vision Fund, undated"),
]
GOLD["d03"] = [
 E("2025-02-25","day","publication","investment","announced",["OpenAI"],{"OpenAI":"target"},"stake",None,
   [A("value",40*B,"USD","up to $40 billion","up_to")],
   "OpenAI recently secured up to $40 billion from SoftBank, signaling its shift away from Microsoft Azure.",
   req=False, note="the article is about Anthropic's round (Amazon, MGX, Lightspeed...); SoftBank only in this undated recap"),
]
GOLD["d04"] = [
 E("2019-01-01","year","stated","investment","completed",["WeWork"],{"WeWork":"target"},"stake",None,
   [A("value",8*B,"USD","8")],
   "SoftBank a investi de nombreux milliards de dollars l’année passée, dont 8 pour sauver WeWork, et 40 milliards de dollars dans la création de son second Vision Fund.",
   note="'dont 8' = 8 milliards de dollars; 'l'année passée' = 2019"),
 E("2019-01-01","year","stated","launch","completed",[],{},"fund","son second Vision Fund",
   [A("value",40*B,"USD","40 milliards de dollars")],
   "SoftBank a investi de nombreux milliards de dollars l’année passée, dont 8 pour sauver WeWork, et 40 milliards de dollars dans la création de son second Vision Fund."),
 E("2020-01-07","day","publication","investment","cancelled",["Honor"],{"Honor":"target"},"stake",None,
   [A("value",150*M,"USD","150 millions de dollars")],
   "Alors que la société japonaise comptait dépenser plusieurs centaines de millions de dollars pour des accords avec Honor, Seismic et Creator, elle aurait retardé à plusieurs reprises l’approbation finale des contrats avant de tout annuler.",
   note="Honor is the US home-care start-up, not Huawei's brand; reported via Axios"),
 E("2020-01-07","day","publication","investment","cancelled",["Seismic"],{"Seismic":"target"},"stake",None,[],
   "Alors que la société japonaise comptait dépenser plusieurs centaines de millions de dollars pour des accords avec Honor, Seismic et Creator, elle aurait retardé à plusieurs reprises l’approbation finale des contrats avant de tout annuler."),
 E("2020-01-07","day","publication","investment","cancelled",["Creator"],{"Creator":"target"},"stake",None,
   [A("other",25*M,"USD","25 millions de dollars")],
   "Alors que la société japonaise comptait dépenser plusieurs centaines de millions de dollars pour des accords avec Honor, Seismic et Creator, elle aurait retardé à plusieurs reprises l’approbation finale des contrats avant de tout annuler.",
   note="25 M$ is each of several planned raises, not the whole move"),
]
GOLD["d05"] = [
 E("2019-02-19","day","publication","investment","rumored",["Mubadala Ventures|Mubadala|Mubadala Investment"],
   {"Mubadala Ventures|Mubadala|Mubadala Investment":"target"},"fund","le premier véhicule européen de cette équipe",
   [A("value",200*M,"USD","200 M$"),A("total",400*M,"USD","400 M$")],
   "D’après des informations publiées ces derniers jours par le Financial Times, Softbank aurait ainsi investi 200 M$ dans le premier véhicule européen de cette équipe."),
 E("2019-02-19","day","publication","investment","completed",["Mubadala Investment|Mubadala"],
   {"Mubadala Investment|Mubadala":"co_investor"},"fund","le Vision Fund",[A("other",15*B,"USD","15 Md$")],
   "Constituée en 2017 (notamment pour superviser les 15 Md$ que Mubadala a mis au travail dans le Vision Fund), Mubadala Ventures se met donc le pied à l’étrier pour déployer une stratégie d’investissement direct dans les start-up européennes.",
   req=False, note="Mubadala's money, not SoftBank's"),
 E("2019-02-19","day","publication","investment","completed",["Auto1"],{"Auto1":"target"},"stake",None,
   [A("value",407*M,"EUR","407 M€")],
   "La ligne de démarcation avec l’activité « in house » de Softbank semble donc clairement identifiée, le Vision Fund caractérisant son empreinte avec des tickets à trois chiffres (il a par exemple récemment misé pas moins de 407 M€ sur l’allemand Auto1).",
   req=False),
]
GOLD["d06"] = [
 E("2021-08-11","day","publication","investment","announced",["Contentsquare"],{"Contentsquare":"target"},"stake",
   "une levée de fonds record de 500 millions de dollars",[A("value",500*M,"USD","500 millions de dollars")],
   "Le fondateur de Contentsquare, start-up qui analyse la navigation des internautes sur les sites d’e-commerce, vient d’annoncer une levée de fonds record de 500 millions de dollars auprès de SoftBank."),
 E("2021-08-11","day","publication","launch","announced",[],{},"other","un bureau parisien",[],
   "« Nous cherchons les stars des plus grands secteurs de l’innovation dans le monde, et nous avons les moyens de nos ambitions », a déclaré Michel Combes après avoir annoncé la création d’un bureau parisien dans les prochaines semaines.",
   req=False, note="an office, not a deal"),
]
