from gold_a import A, E, B, M, GOLD

GOLD["d13"] = [
 E("2019-07-25","day","stated","commitment","rumored",[],{},"fund","ハイテク投資ファンド「ビジョン・ファンド」の第2弾",
   [A("value",40*B,"USD","400億ドル")],
   "[24日 ロイター] – ソフトバンクグループ(9434.T)が、ハイテク投資ファンド「ビジョン・ファンド」の第2弾に400億ドルを出資する見通しと、米紙ウォール・ストリート・ジャーナル(WSJ)が24日、関係筋の情報として報じた。",
   note="board expected to approve on the 25th; the ticker 9434.T in the text is SoftBank Corp's, the move is SoftBank Group's"),
 E("2019-07-25","day","publication","investment","rumored",["Goldman Sachs","Standard Chartered","Microsoft"],
   {"Goldman Sachs":"co_investor","Standard Chartered":"co_investor","Microsoft":"co_investor"},"fund","2号ファンド",[],
   "WSJによると、ソフトバンクはすでに2号ファンド向けの資金を調達しており、米ゴールドマン・サックス・グループ(GS.N)や英スタンダード・チャータード(STAN.L)などからの投資を確保。",
   req=False, note="outside money raised for the SoftBank fund"),
]
GOLD["d14"] = [
 E("2017-05-24","day","publication","investment","completed",["Nvidia"],{"Nvidia":"target"},"stake","エヌビディア株",
   [A("value",400*B,"JPY","4千億円分前後","about"),A("stake_percent",5,"PERCENT","5%未満","up_to")],
   "すでにソフトバンクが市場から4千億円分前後を買い集めており、これを新ファンドに移管する。"),
 E("2017-05-24","day","publication","investment","announced",["Nvidia"],{"Nvidia":"target"},"stake","米半導体大手エヌビディアの株式",[],
   "ソフトバンクグループがサウジアラビアなどと共同で発足させた10兆円規模の投資ファンド「ソフトバンク・ビジョン・ファンド」が、米半導体大手エヌビディアの株式を取得する。",
   note="the Vision Fund takes over the shares SoftBank bought"),
 E("2017-05-24","day","publication","launch","completed",["Public Investment Fund|Saudi Arabia"],{"Public Investment Fund|Saudi Arabia":"partner"},
   "fund","10兆円規模の投資ファンド「ソフトバンク・ビジョン・ファンド」",[A("total",10*10**12,"JPY","10兆円","about")],
   "ソフトバンクグループがサウジアラビアなどと共同で発足させた10兆円規模の投資ファンド「ソフトバンク・ビジョン・ファンド」が、米半導体大手エヌビディアの株式を取得する。",
   req=False, note="background"),
]
GOLD["d15"] = [
 E("2026-02-20","day","publication","investment","rumored",["OpenAI"],{"OpenAI":"target"},"stake",None,
   [A("value",30*B,"USD","最大300億ドル","up_to"),A("total",100*B,"USD","1000億ドル")],
   "この資金調達では、ソフトバンクグループが最大300億ドルを出資する方向で協議していると報じられている。",
   note="the article is about Nvidia's $30B; SoftBank in passing"),
]
GOLD["d16"] = [
 E("2017-05-24","day","publication","investment","rumored",["Nvidia"],{"Nvidia":"target"},"stake","엔비디아의 지분 40억달러(약 4조5000억원)어치",
   [A("value",4*B,"USD","40억달러"),A("value",4.5*10**12,"KRW","약 4조5000억원","about"),A("stake_percent",4.9,"PERCENT","약 4.9%","about")],
   "일본 소프트뱅크가 미국 그래픽칩(GPU) 제조업체 엔비디아의 지분 40억달러(약 4조5000억원)어치를 매입해 4대 주주가 됐다고 블룸버그가 소식통들의 말을 인용해 24일 보도했다."),
 E("2017-05-20","day","stated","launch","completed",[],{},"fund","기술투자기금인 '비전펀드'",[],
   "소프트뱅크는 지난 20일 기술투자기금인 '비전펀드'의 출범 소식을 전하며 엔비디아 지분을 보유한 사실을 공개했지만 지분이 얼마나 되는지는 구체적으로 밝히지 않았다.",
   req=False),
]
GOLD["d17"] = [
 E("2016-12-06","day","stated","commitment","announced",[],{},"other",None,[A("value",50*B,"USD","500억 달러")],
   "일본 소프트뱅크가 미국에 500억 달러를 투자하기로 했다고 미 CNBC방송이 6일(현지시간) 보도했다.",
   note="the United States is a place, not a party"),
 E("2016-12-07","day","publication","launch","announced",[],{},"fund","1천억 달러(117조 원) 규모의 투자 펀드",
   [A("total",100*B,"USD","1천억 달러"),A("total",117*10**12,"KRW","117조 원")],
   "손 사장은 앞서 1천억 달러(117조 원) 규모의 투자 펀드를 조성한다고 밝힌 바 있으며, 펀드의 일부를 미국에 투자하는 데 관심이 있는 것으로 알려졌다.",
   req=False),
]
GOLD["d18"] = [
 E("2019-01-01","year","stated","divestment","completed",["Nvidia"],{"Nvidia":"target"},"stake","약 5%의 지분",
   [A("value",3.3*B,"USD","약 33억 달러","about"),A("stake_percent",5,"PERCENT","약 5%","about")],
   "손 회장은 한때 엔비디아의 최대 주주로 약 5%의 지분을 보유했으나, 2019년 소프트뱅크 비전펀드 자금 조달을 위해 약 33억 달러에 매각한 바 있다."),
 E("2015-01-01","year","stated","acquisition","cancelled",["Nvidia"],{"Nvidia":"target"},"company","엔비디아를 통째로",[],
   "10년 전 손정의의 엔비디아 인수 제안 약 10년 전 손 회장은 황 CEO에게 엔비디아를 통째로 인수할 자금을 빌려주겠다고 제안했던 것으로 밝혀졌다.",
   req=False, note="an offer ~10 years before 2025 to lend Huang the money to buy Nvidia outright; never done"),
]
GOLD["d19"] = [
 E("2025-04-01","day","publication","investment","completed",["OpenAI"],{"OpenAI":"target"},"stake",None,
   [A("value",30*B,"USD","30 Milliarden Dollar"),A("total",40*B,"USD","40 Milliarden Dollar"),A("valuation",300*B,"USD","300 Milliarden Dollar")],
   "Angeführt wurde die Finanzierungsrunde vom japanischen Konzern Softbank mit 30 Milliarden Dollar.",
   note="'OpenAI hat eine neue Finanzierungsrunde abgeschlossen'; Microsoft, Coatue, Altimeter, Thrive are co-investors"),
 E("2025-04-01","day","publication","joint_venture","announced",["OpenAI","Oracle"],{"OpenAI":"partner","Oracle":"partner"},
   "venture","das Stargate-Projekt",[A("other",18*B,"USD","18 Milliarden Dollar","about")],
   "Rund 18 Milliarden Dollar sollen in das Stargate-Projekt fließen, ein Joint Venture zwischen Softbank, OpenAI und Oracle.",
   req=False, note="18 bn is OpenAI's money into Stargate"),
]
GOLD["d20"] = [
 E("2025-06-17","day","publication","divestment","completed",["T-Mobile US"],{"T-Mobile US":"target"},"stake",
   "ein milliardenschweres Paket an T-Mobile-US-Aktien",
   [A("value",4.8*B,"USD","rund 4,8 Milliarden US-Dollar","about"),A("value",4.2*B,"EUR","rund 4,2 Mrd Euro","about"),
    A("per_share",224,"USD","je 224 US-Dollar")],
   "Der japanische Tech-Investor Softbank hat ein milliardenschweres Paket an T-Mobile-US-Aktien zu Geld gemacht."),
 E("2025-06-17","day","publication","joint_venture","announced",["OpenAI","Oracle"],{"OpenAI":"partner","Oracle":"partner"},
   "venture","KI-Programm \"Stargate\"",[],
   "Softbank ist unter anderem eine treibende Kraft beim großangelegten KI-Programm \"Stargate\" der US-Regierung von Präsident Donald Trump, in das auch ChatGPT-Anbieter OpenAI und der SAP -Rivale Oracle eingebunden sind.",
   req=False),
 E("2025-06-17","day","publication","partnership","completed",["Deutsche Telekom"],{"Deutsche Telekom":"partner"},"other","Stimmrechtsvereinbarung",[],
   "Die Telekom hielt nach Angaben von T-Mobile Ende März fast 59 Prozent der Stimmrechte an dem Unternehmen, darin enthalten ist wegen einer Stimmrechtsvereinbarung Softbanks Anteil von 7,5 Prozent.",
   req=False, note="voting agreement over SoftBank's 7.5% of T-Mobile US"),
]
GOLD["d21"] = [
 E("2016-12-06","day","stated","commitment","announced",[],{},"other",None,
   [A("value",50*B,"USD","50 Milliarden Dollar"),A("value",47*B,"EUR","47 Mrd Euro")],
   "Verantwortlich für den Deal will Trump sein, der das Geschäft am Dienstag zunächst über Twitter und dann vor Reportern in New York verkündet hatte.",
   note="'am Dienstag' = 6 Dec 2016; the US is a place"),
 E("2016-10-01","month","stated","launch","announced",["Public Investment Fund|Saudi Arabia"],{"Public Investment Fund|Saudi Arabia":"co_investor"},
   "fund","einen 100 Milliarden Dollar schweren Fonds",
   [A("total",100*B,"USD","100 Milliarden Dollar"),A("value",25*B,"USD","25 Milliarden Dollar"),A("other",45*B,"USD","45 Milliarden Dollar")],
   "Zu eben diesem Zweck hatte Softbank bereits im Oktober einen 100 Milliarden Dollar schweren Fonds mit anderen Investoren angekündigt.",
   note="45 bn from a Saudi state fund; SoftBank itself brings 25 bn"),
]
GOLD["d22"] = [
 E("2026-01-29","day","publication","investment","rumored",["OpenAI"],{"OpenAI":"target"},"stake",None,
   [A("value",30*B,"USD","hasta 30.000 millones de dólares","up_to")],
   "Esto se conoce después de las informaciones de esta semana que indicaban que SoftBank Group\n\nestá en conversaciones para invertir hasta 30.000 millones de dólares adicionales en OpenAI.",
   note="the article is about Nvidia, Amazon and Microsoft; SoftBank in passing"),
]
GOLD["d23"] = [
 E("2019-03-07","day","stated","launch","announced",[],{},"fund","un fondo de innovación de US$5.000 millones",
   [A("total",5*B,"USD","US$5.000 millones"),A("value",2*B,"USD","US$2.000 millones")],
   "Softbank Group Corp de Japón anunció el jueves la apertura de un fondo de innovación de US$5.000 millones para invertir en compañías de tecnología en América Latina."),
 E("2013-01-01","year","stated","acquisition","completed",["Brightstar"],{"Brightstar":"target"},"company","una participación mayoritaria en Brightstar",[],
   "El fundador de SoftBank, Masayoshi Son, reclutó Marcelo a Claure en 2013, cuando la compañía japonesa adquirió una participación mayoritaria en Brightstar, una empresa de distribución de teléfonos fundada por el empresario boliviano."),
] + [
 E("2019-03-07","day","publication","investment","completed",[c],{c:"target"},"stake",None,[],
   "Softbank, que ya cuenta con un vehículo de inversión de US$100.000 millones conocido como Softbank Vision Fund, ha realizado importantes inversiones en Uber Technologies Inc, el proveedor de oficinas compartidas WeWork, la empresa de entrega de alimentos DoorDash y la aplicación de paseo de perros Wag.",
   req=False)
 for c in ("Uber", "WeWork", "DoorDash", "Wag")
]
GOLD["d24"] = [
 E("2019-05-19","day","publication","launch","announced",[],{},"fund","un fondo de capital emprendedor (venture capital) de 5,000 millones de dólares",
   [A("total",5*B,"USD","5,000 millones de dólares"),A("other",2*B,"USD","2,000 millones de dólares")],
   "SoftBank Group Corp ha puesto la mira en las startups tecnológicas de México y el resto de América Latina con la creación de un fondo de capital emprendedor (venture capital) de 5,000 millones de dólares.",
   note="'ya ha comprometido 2,000 millones' is what the fund has committed, not plainly SoftBank's own money"),
 E("2019-05-19","day","publication","investment","completed",["Clip"],{"Clip":"target"},"stake",None,
   [A("value",20*M,"USD","20 millones de dólares"),A("valuation",350*M,"USD","entre 350 y 400 millones de dólares","range",400*M)],
   "La fintech mexicana Clip, de Adolfo Babatz y Vilash Poovala, es uno de los emprendimientos que recientemente recibió el respaldo de SoftBank con una inversión de 20 millones de dólares."),
 E("2019-04-01","month","stated","investment","completed",[],{},"stake",None,[],
   "A principios de abril de 2019, la firma nipona cerró acuerdos y estaba en proceso de finalizar algunos otros, dijo Claure.",
   req=False),
]
