"""The gazetteer of companies SoftBank's AI story touches, kept readable; `build_companies_fixture` turns it into
fixtures/companies.json.

Rules for aliases (the matcher is case-insensitive and compares `normalize_alias` keys):
- only spellings that news in that language really uses; when unsure, leave it out;
- no ordinary words in any language ("Arm", "Grab", "Sprint", "Fortress", "Micron", "アーム", "三星", "메타"):
  such companies keep only longer, unambiguous forms. A few brand names that double as rare words are kept on
  purpose because headlines use nothing else: Sharp, Oracle, Meta, Amazon, Mistral, Perplexity;
- Latin-script names read the same in English, French, German and Spanish are listed once, as "en";
  tickers and abbreviations are language-neutral ("");
- a spelling shared by Japanese and Chinese, or by both Chinese scripts, is listed once (two companies, or two
  entries, cannot share a key).
The canonical name is added as an English alias automatically unless an alias already has its key.
Parents must be listed before their units; pks follow the order of this list, so append new companies at the end.
"""

from __future__ import annotations

SOFTBANK_GROUP = "SoftBank Group"

COMPANIES: list[dict] = [
    # --- SoftBank Group, its units and funds ------------------------------------------------------------------
    {
        "name": SOFTBANK_GROUP,
        "country": "JP",
        "website": "https://group.softbank/en",
        "is_tracked": True,
        "description": "Japanese investment holding company founded by Masayoshi Son that owns SoftBank Corp, "
        "Arm and the Vision Funds.",
        "aliases": {
            "en": ["SoftBank", "SoftBank Group Corp", "SoftBank Group Corporation"],
            "": ["SBG"],
            "fr": ["groupe SoftBank"],
            "es": ["grupo SoftBank"],
            "de": ["SoftBank-Gruppe"],
            "ja": [
                "ソフトバンクグループ",
                "ソフトバンク",
                "ソフトバンクグループ株式会社",
                "ソフトバンクG",
            ],
            "zh-hans": ["软银", "软银集团"],
            "zh-hant": ["軟銀", "軟銀集團"],
            "ar": [
                "سوفت بانك",
                "سوفت بنك",
                "سوفتبانك",
                "مجموعة سوفت بنك",
                "مجموعة سوفت بانك",
            ],
            "ko": ["소프트뱅크", "소프트뱅크그룹", "소프트뱅크 그룹"],
        },
    },
    {
        "name": "SoftBank Corp",
        "parent": SOFTBANK_GROUP,
        "country": "JP",
        "website": "https://www.softbank.jp/en/corp/",
        "description": "Japanese mobile and telecommunications operator, listed in Tokyo and majority-owned by "
        "SoftBank Group, formerly Vodafone Japan and SoftBank Mobile.",
        "aliases": {
            "en": ["SoftBank Corporation", "SoftBank Mobile", "Vodafone Japan"],
            "ja": ["ソフトバンク株式会社"],
            "ar": ["سوفت بنك كورب"],
        },
    },
    {
        "name": "SoftBank Vision Fund",
        "kind": "fund",
        "parent": SOFTBANK_GROUP,
        "website": "https://visionfund.com",
        "description": "SoftBank Group's technology investment business, made up of Vision Fund 1 and Vision Fund 2; "
        "used when an article does not say which fund.",
        "aliases": {
            "en": ["Vision Fund"],
            "": ["SVF"],
            "ja": [
                "ビジョン・ファンド",
                "ビジョンファンド",
                "ソフトバンク・ビジョン・ファンド",
            ],
            "zh-hans": ["软银愿景基金", "愿景基金"],
            "zh-hant": ["軟銀願景基金", "願景基金"],
            "ko": ["비전펀드", "소프트뱅크 비전펀드"],
            "ar": ["صندوق رؤية", "صندوق رؤية سوفت بنك", "سوفت بنك فيجن"],
        },
    },
    {
        "name": "SoftBank Vision Fund 1",
        "kind": "fund",
        "parent": SOFTBANK_GROUP,
        "description": "SoftBank's first Vision Fund, a technology fund of about $100 billion launched in 2017 with "
        "Saudi Arabia's Public Investment Fund and Mubadala among its investors.",
        "aliases": {
            "en": ["Vision Fund 1", "SoftBank Vision Fund I"],
            "": ["SVF1"],
            "ja": ["ビジョン・ファンド1号", "ビジョンファンド1号"],
            "zh-hans": ["愿景基金一期", "软银愿景基金一期"],
            "zh-hant": ["願景基金一期"],
            "ko": ["비전펀드1", "비전펀드 1호"],
            "ar": ["صندوق رؤية 1"],
        },
    },
    {
        "name": "SoftBank Vision Fund 2",
        "kind": "fund",
        "parent": SOFTBANK_GROUP,
        "description": "SoftBank's second Vision Fund, launched in 2019 and financed mainly by SoftBank Group itself.",
        "aliases": {
            "en": ["Vision Fund 2", "SoftBank Vision Fund II", "Vision Fund II"],
            "": ["SVF2"],
            "ja": ["ビジョン・ファンド2号", "ビジョンファンド2号"],
            "zh-hans": ["愿景基金二期", "软银愿景基金二期"],
            "zh-hant": ["願景基金二期"],
            "ko": ["비전펀드2", "비전펀드 2호", "소프트뱅크 비전펀드2"],
            "ar": ["صندوق رؤية 2"],
        },
    },
    {
        "name": "SoftBank Latin America Fund",
        "kind": "fund",
        "parent": SOFTBANK_GROUP,
        "description": "SoftBank fund launched in 2019 to invest in technology companies in Latin America.",
        "aliases": {},
    },
    {
        "name": "SoftBank Investment Advisers",
        "parent": SOFTBANK_GROUP,
        "country": "GB",
        "description": "London-based SoftBank Group subsidiary that manages the Vision Funds' investments.",
        "aliases": {"": ["SBIA"]},
    },
    {
        "name": "SB Northstar",
        "kind": "fund",
        "parent": SOFTBANK_GROUP,
        "description": "SoftBank Group's asset-management unit, set up in 2020 to trade listed technology shares and derivatives.",
        "aliases": {"en": ["SB Northstar LP"]},
    },
    {
        "name": "SB Energy",
        "parent": SOFTBANK_GROUP,
        "country": "US",
        "description": "US solar, storage and data-centre power developer backed by SoftBank Group.",
        "aliases": {},
    },
    {
        "name": "SB Intuitions",
        "parent": "SoftBank Corp",
        "country": "JP",
        "description": "SoftBank Corp subsidiary founded in 2023 to develop Japanese-language large language models.",
        "aliases": {"en": ["SB Intuitions Corp"], "ja": ["SBインテュイションズ"]},
    },
    {
        "name": "SB OpenAI Japan",
        "parent": SOFTBANK_GROUP,
        "country": "JP",
        "description": "Joint venture of SoftBank Group and OpenAI, announced in February 2025, to sell OpenAI's "
        "enterprise AI in Japan.",
        "aliases": {},
    },
    {
        "name": "SB Tempus",
        "parent": SOFTBANK_GROUP,
        "country": "JP",
        "description": "Joint venture of SoftBank Group and Tempus AI, formed in 2024 to offer AI-based precision "
        "medicine in Japan.",
        "aliases": {},
    },
    {
        "name": "SoftBank Robotics",
        "parent": SOFTBANK_GROUP,
        "country": "JP",
        "description": "SoftBank Group's robotics unit, maker of the Pepper humanoid robot and of service robots.",
        "aliases": {
            "en": ["SoftBank Robotics Group"],
            "ja": ["ソフトバンクロボティクス"],
            "zh-hans": ["软银机器人"],
        },
    },
    {
        "name": "Arm Holdings",
        "parent": SOFTBANK_GROUP,
        "country": "GB",
        "website": "https://www.arm.com",
        "description": "British chip-design company bought by SoftBank in 2016 and listed on Nasdaq in 2023, with "
        "SoftBank keeping about 90% of its shares.",
        "aliases": {
            # "Arm" is cased: the matcher skips "arm" written in lower case ("investment arm", "an arm of")
            "en": ["Arm", "Arm Holdings plc", "Arm Ltd", "Arm Limited"],
            "ja": ["アーム・ホールディングス", "英アーム"],
            "zh-hans": ["安谋"],
            "zh-hant": ["安謀"],
            "ar": ["آرم", "آرم القابضة", "آرم هولدينغز"],
        },
    },
    {
        "name": "Graphcore",
        "parent": SOFTBANK_GROUP,
        "country": "GB",
        "website": "https://www.graphcore.ai",
        "description": "British designer of AI processors, acquired by SoftBank Group in 2024.",
        "aliases": {
            "en": ["Graphcore Ltd"],
            "ja": ["グラフコア"],
            "ko": ["그래프코어"],
        },
    },
    {
        "name": "Ampere Computing",
        "parent": SOFTBANK_GROUP,
        "country": "US",
        "website": "https://amperecomputing.com",
        "description": "US designer of Arm-based server processors, acquired by SoftBank Group in 2025 for "
        "$6.5 billion.",
        "aliases": {
            "ko": ["암페어 컴퓨팅", "암페어컴퓨팅"],
            
            "en": ["Ampere Computing LLC"],
            "ja": ["アンペア・コンピューティング"],
            "zh-hant": ["安培運算"],
        },
    },
    {
        "name": "Berkshire Grey",
        "parent": SOFTBANK_GROUP,
        "country": "US",
        "website": "https://www.berkshiregrey.com",
        "description": "US maker of AI-driven warehouse robots, taken private by SoftBank Group in 2023.",
        "aliases": {"en": ["Berkshire Grey Inc"], "ja": ["バークシャー・グレイ"]},
    },
    {
        "name": "LY Corporation",
        "parent": "SoftBank Corp",
        "country": "JP",
        "description": "Japanese internet company formed in 2023 from Z Holdings, Yahoo Japan and LINE, and "
        "consolidated by SoftBank Corp.",
        "aliases": {
            "en": [
                "LY Corp",
                "LINE Yahoo",
                "Z Holdings",
                "Yahoo Japan",
                "Yahoo! Japan",
            ],
            "": ["ZHD"],
            # "ヤフー" is Yahoo Japan in the Japanese press; the US Yahoo is "米ヤフー" (listed under Yahoo)
            "ja": ["LINEヤフー", "Zホールディングス", "ヤフー", "ヤフージャパン"],
            "ko": ["라인야후", "Z홀딩스", "야후재팬", "야후 재팬"],
            "zh-hans": ["日本雅虎"],  # also the traditional spelling
        },
    },
    {
        "name": "PayPay",
        "parent": "SoftBank Corp",
        "country": "JP",
        "description": "Japanese mobile-payments company controlled by SoftBank Corp and LY Corporation.",
        "aliases": {"en": ["PayPay Corp", "PayPay Corporation"], "ko": ["페이페이"]},
    },
    # --- AI labs and AI-driven companies ----------------------------------------------------------------------
    {
        "name": "OpenAI",
        "country": "US",
        "website": "https://openai.com",
        "description": "US artificial-intelligence company that makes ChatGPT; SoftBank began investing in 2024 "
        "and became one of its largest shareholders.",
        "aliases": {
            "en": ["OpenAI Inc", "OpenAI Global"],
            "ja": ["オープンAI"],
            "ko": ["오픈AI"],
            "ar": ["أوبن إيه آي"],
        },
    },
    {
        "name": "Anthropic",
        "country": "US",
        "website": "https://www.anthropic.com",
        "description": "US artificial-intelligence company that develops the Claude models.",
        "aliases": {
            "en": ["Anthropic PBC"],
            "ja": ["アンソロピック"],
            "ko": ["앤트로픽"],
            "ar": ["أنثروبيك"],
        },
    },
    {
        "name": "xAI",
        "country": "US",
        "website": "https://x.ai",
        "description": "US artificial-intelligence company founded by Elon Musk in 2023 that develops the Grok models.",
        "aliases": {"en": ["xAI Corp"], "ar": ["إكس إيه آي"]},
    },
    {
        "name": "Mistral AI",
        "country": "FR",
        "website": "https://mistral.ai",
        "description": "Paris-based artificial-intelligence company that develops open-weight language models.",
        "aliases": {"en": ["Mistral"], "ja": ["ミストラルAI"], "ko": ["미스트랄AI"]},
    },
    {
        "name": "Perplexity AI",
        "country": "US",
        "website": "https://www.perplexity.ai",
        "description": "US company behind the Perplexity answer engine, backed by SoftBank Vision Fund 2 in 2024.",
        "aliases": {
            "en": ["Perplexity"],
            "ja": ["パープレキシティ"],
            "ko": ["퍼플렉시티"],
        },
    },
    {
        "name": "DeepSeek",
        "country": "CN",
        "website": "https://www.deepseek.com",
        "description": "Hangzhou-based artificial-intelligence company whose R1 model shook AI stocks in January 2025.",
        "aliases": {
            "zh-hans": ["深度求索"],
            "ja": ["ディープシーク"],
            "ko": ["딥시크"],
            "ar": ["ديبسيك", "ديب سيك"],
        },
    },
    {
        "name": "Sakana AI",
        "country": "JP",
        "website": "https://sakana.ai",
        "description": "Tokyo-based artificial-intelligence research company founded in 2023.",
        "aliases": {"ja": ["サカナAI"]},
    },
    {
        "name": "Preferred Networks",
        "country": "JP",
        "website": "https://www.preferred.jp",
        "description": "Tokyo-based deep-learning company that also designs AI processors.",
        "aliases": {"": ["PFN"], "ja": ["プリファードネットワークス"]},
    },
    {
        "name": "SenseTime",
        "country": "CN",
        "website": "https://www.sensetime.com",
        "description": "Chinese computer-vision and AI company listed in Hong Kong and backed by SoftBank Vision Fund.",
        "aliases": {
            "en": ["SenseTime Group"],
            "zh-hans": ["商汤科技", "商汤"],
            "zh-hant": ["商湯科技", "商湯"],
            "ja": ["センスタイム"],
            "ko": ["센스타임"],
        },
    },
    {
        "name": "Figure AI",
        "country": "US",
        "description": "US developer of humanoid robots.",
        "aliases": {
            "en": ["Figure AI Inc"],
            "ja": ["フィギュアAI"],
            "ko": ["피규어AI"],
        },
    },
    {
        "name": "Skild AI",
        "country": "US",
        "description": "Pittsburgh-based developer of general-purpose AI models for robots, backed by SoftBank.",
        "aliases": {
            "ko": ["스킬드 AI", "스킬드AI"],"en": ["Skild"]},
    },
    {
        "name": "Tempus AI",
        "country": "US",
        "description": "Chicago-based precision-medicine and AI company, SoftBank Group's partner in SB Tempus.",
        "aliases": {"en": ["Tempus"]},
    },
    {
        "name": "Wayve",
        "country": "GB",
        "website": "https://wayve.ai",
        "description": "London-based developer of self-driving software whose $1.05 billion funding round SoftBank "
        "led in 2024.",
        "aliases": {"en": ["Wayve Technologies"]},
    },
    {
        "name": "Nuro",
        "country": "US",
        "description": "US autonomous-delivery company in which SoftBank Vision Fund invested in 2019.",
        "aliases": {"en": ["Nuro Inc"]},
    },
    {
        "name": "Agile Robots",
        "country": "DE",
        "description": "Munich-based maker of AI-driven robots, backed by SoftBank Vision Fund 2.",
        "aliases": {
            "ko": ["애자일 로봇"],"en": ["Agile Robots SE"]},
    },
    {
        "name": "10x Genomics",
        "country": "US",
        "description": "US maker of instruments for single-cell and spatial genomics.",
        "aliases": {},
    },
    {
        "name": "Automation Anywhere",
        "country": "US",
        "description": "US robotic-process-automation software company backed by SoftBank Vision Fund.",
        "aliases": {
            "en": ["Automation Anywhere Inc"],
            "ja": ["オートメーション・エニウェア"],
        },
    },
    # --- Big technology ----------------------------------------------------------------------------------------
    {
        "name": "Microsoft",
        "country": "US",
        "website": "https://www.microsoft.com",
        "description": "US software and cloud company, OpenAI's largest early backer.",
        "aliases": {
            "en": ["Microsoft Corp", "Microsoft Corporation"],
            "": ["MSFT"],
            "ja": ["マイクロソフト"],
            "zh-hans": ["微软"],
            "zh-hant": ["微軟"],
            "ko": ["마이크로소프트"],
            "ar": ["مايكروسوفت", "ميكروسوفت"],
        },
    },
    {
        "name": "Alphabet",
        "country": "US",
        "website": "https://abc.xyz",
        "description": "US holding company of Google.",
        "aliases": {"en": ["Alphabet Inc"], "": ["GOOGL"], "ar": ["ألفابت"]},
    },
    {
        "name": "Google",
        "parent": "Alphabet",
        "country": "US",
        "website": "https://www.google.com",
        "description": "US search, advertising and cloud company, developer of the Gemini AI models.",
        "aliases": {
            "en": ["Google LLC"],
            "ja": ["グーグル"],
            "zh-hans": ["谷歌"],
            "ko": ["구글"],
            "ar": ["جوجل", "غوغل"],
        },
    },
    {
        "name": "Meta Platforms",
        "country": "US",
        "description": "US owner of Facebook, Instagram and WhatsApp, and developer of the Llama AI models.",
        "aliases": {"en": ["Meta", "Meta Platforms Inc"]},
    },
    {
        "name": "Amazon",
        "country": "US",
        "description": "US e-commerce company and owner of the Amazon Web Services cloud.",
        "aliases": {
            "en": ["Amazon.com", "Amazon.com Inc"],
            "": ["AMZN"],
            "ja": ["アマゾン", "アマゾン・ドット・コム"],
            "zh-hans": ["亚马逊"],
            "zh-hant": ["亞馬遜"],
            "ko": ["아마존"],
            "ar": ["أمازون"],
        },
    },
    {
        "name": "Oracle",
        "country": "US",
        "website": "https://www.oracle.com",
        "description": "US database and cloud company, a founding partner of Stargate with SoftBank and OpenAI.",
        "aliases": {
            "en": ["Oracle Corp", "Oracle Corporation"],
            "": ["ORCL"],
            "ja": ["オラクル"],
            "zh-hans": ["甲骨文", "甲骨文公司"],
            "ko": ["오라클"],
            "ar": ["أوراكل"],
        },
    },
    {
        "name": "Alibaba",
        "country": "CN",
        "website": "https://www.alibabagroup.com",
        "description": "Chinese e-commerce and cloud group, an early SoftBank investment that SoftBank largely sold "
        "in 2022 and 2023.",
        "aliases": {
            "en": ["Alibaba Group", "Alibaba Group Holding"],
            "ja": ["アリババ", "アリババ集団", "アリババグループ"],
            "zh-hans": ["阿里巴巴", "阿里巴巴集团"],
            "zh-hant": ["阿里巴巴集團"],
            "ko": ["알리바바"],
            "ar": ["علي بابا"],
        },
    },
    {
        "name": "Tencent",
        "country": "CN",
        "website": "https://www.tencent.com",
        "description": "Shenzhen-based internet and gaming company.",
        "aliases": {
            "en": ["Tencent Holdings"],
            "zh-hans": ["腾讯", "腾讯控股"],
            "zh-hant": ["騰訊", "騰訊控股"],
            "ja": ["テンセント"],
            "ko": ["텐센트"],
            "ar": ["تينسنت"],
        },
    },
    {
        "name": "ByteDance",
        "country": "CN",
        "description": "Chinese owner of TikTok and Douyin, backed by SoftBank Vision Fund.",
        "aliases": {
            "zh-hans": ["字节跳动"],
            "zh-hant": ["字節跳動"],
            "ja": ["バイトダンス"],
            "ko": ["바이트댄스"],
            "ar": ["بايت دانس"],
        },
    },
    {
        "name": "Naver",
        "country": "KR",
        "description": "South Korean internet company, SoftBank Corp's equal partner in the holding company that "
        "controls LY Corporation.",
        "aliases": {"en": ["Naver Corp"], "ko": ["네이버"], "ja": ["ネイバー"]},
    },
    {
        "name": "Rakuten Group",
        "country": "JP",
        "description": "Japanese e-commerce, fintech and mobile-network group.",
        "aliases": {"en": ["Rakuten"], "ja": ["楽天グループ"], "ko": ["라쿠텐"]},
    },
    # --- Chips and hardware ------------------------------------------------------------------------------------
    {
        "name": "Nvidia",
        "country": "US",
        "website": "https://www.nvidia.com",
        "description": "US designer of graphics processors and AI computing platforms.",
        "aliases": {
            "en": ["NVIDIA Corp", "Nvidia Corporation"],
            "": ["NVDA"],
            "ja": ["エヌビディア"],
            "zh-hans": ["英伟达"],
            "zh-hant": ["英偉達", "輝達"],
            "ko": ["엔비디아"],
            "ar": ["إنفيديا"],
        },
    },
    {
        "name": "Intel",
        "country": "US",
        "website": "https://www.intel.com",
        "description": "US maker of processors and operator of chip factories.",
        "aliases": {
            "en": ["Intel Corp", "Intel Corporation"],
            "": ["INTC"],
            "ja": ["インテル"],
            "zh-hans": ["英特尔"],
            "zh-hant": ["英特爾"],
            "ko": ["인텔"],
            "ar": ["إنتل"],
        },
    },
    {
        "name": "AMD",
        "country": "US",
        "website": "https://www.amd.com",
        "description": "US designer of processors and AI accelerators.",
        "aliases": {
            "en": ["Advanced Micro Devices"],
            "zh-hans": ["超威半导体"],
            "zh-hant": ["超微半導體"],
        },
    },
    {
        "name": "TSMC",
        "country": "TW",
        "website": "https://www.tsmc.com",
        "description": "Taiwanese contract chip maker, the world's largest foundry.",
        "aliases": {
            "en": [
                "Taiwan Semiconductor Manufacturing Company",
                "Taiwan Semiconductor Manufacturing Co",
                "Taiwan Semiconductor",
            ],
            "zh-hans": ["台积电", "台湾积体电路制造"],
            "zh-hant": ["台積電", "台灣積體電路製造"],
            "ja": ["台湾積体電路製造"],
            "ar": ["تي إس إم سي"],
        },
    },
    {
        "name": "Qualcomm",
        "country": "US",
        "website": "https://www.qualcomm.com",
        "description": "US designer of mobile and AI chips.",
        "aliases": {
            "en": ["Qualcomm Inc"],
            "": ["QCOM"],
            "ja": ["クアルコム"],
            "zh-hans": ["高通"],
            "ko": ["퀄컴"],
            "ar": ["كوالكوم"],
        },
    },
    {
        "name": "Broadcom",
        "country": "US",
        "website": "https://www.broadcom.com",
        "description": "US designer of networking chips and custom AI processors.",
        "aliases": {
            "en": ["Broadcom Inc"],
            "": ["AVGO"],
            "ja": ["ブロードコム"],
            "zh-hans": ["博通"],
            "ko": ["브로드컴"],
            "ar": ["برودكوم"],
        },
    },
    {
        "name": "Samsung Electronics",
        "country": "KR",
        "website": "https://www.samsung.com",
        "description": "South Korean maker of memory chips, phones and electronics.",
        "aliases": {
            "en": ["Samsung", "Samsung Electronics Co"],
            "ja": ["サムスン電子", "サムスン"],
            "zh-hans": ["三星电子"],
            "zh-hant": ["三星電子"],
            "ko": ["삼성전자"],
            "ar": ["سامسونج", "سامسونغ"],
        },
    },
    {
        "name": "SK Hynix",
        "country": "KR",
        "website": "https://www.skhynix.com",
        "description": "South Korean maker of memory chips, including high-bandwidth memory for AI processors.",
        "aliases": {
            "en": ["Hynix"],
            "ja": ["SKハイニックス"],
            "zh-hans": ["SK海力士", "海力士"],
            "ko": ["SK하이닉스"],
            "ar": ["إس كيه هاينكس"],
        },
    },
    {
        "name": "Micron Technology",
        "country": "US",
        "website": "https://www.micron.com",
        "description": "US maker of memory chips.",
        "aliases": {
            "ja": ["マイクロン・テクノロジー"],
            "zh-hans": ["美光", "美光科技"],
        },
    },
    {
        "name": "Foxconn",
        "country": "TW",
        "website": "https://www.foxconn.com",
        "description": "Taiwanese electronics manufacturer, formally Hon Hai Precision Industry, and Sharp's "
        "controlling shareholder.",
        "aliases": {
            "en": ["Hon Hai", "Hon Hai Precision Industry", "Hon Hai Technology Group"],
            "zh-hant": ["鴻海", "鴻海精密工業"],
            "zh-hans": ["鸿海", "鸿海精密", "富士康"],
            "ja": ["ホンハイ"],
            "ko": ["폭스콘"],
            "ar": ["فوكسكون"],
        },
    },
    {
        "name": "Sharp",
        "parent": "Foxconn",
        "country": "JP",
        "website": "https://global.sharp",
        "description": "Japanese electronics maker controlled by Foxconn, which sold its Sakai LCD plant to "
        "SoftBank in 2025.",
        "aliases": {
            "en": ["Sharp Corp", "Sharp Corporation"],
            "ja": ["シャープ"],
            "zh-hans": ["夏普"],
            "ko": ["샤프"],
        },
    },
    {
        "name": "Rapidus",
        "country": "JP",
        "description": "Government-backed Japanese chip maker aiming to mass-produce 2-nanometre logic chips from "
        "2027.",
        "aliases": {"en": ["Rapidus Corp"], "ja": ["ラピダス"], "ko": ["라피더스"]},
    },
    {
        "name": "Tokyo Electron",
        "country": "JP",
        "description": "Japanese maker of semiconductor-manufacturing equipment.",
        "aliases": {
            "ja": ["東京エレクトロン"],
            "zh-hans": ["东京电子"],
            "zh-hant": ["東京威力科創"],
            "ko": ["도쿄일렉트론"],
        },
    },
    {
        "name": "Advantest",
        "country": "JP",
        "description": "Japanese maker of semiconductor test equipment.",
        "aliases": {"ja": ["アドバンテスト"], "zh-hans": ["爱德万测试"]},
    },
    {
        "name": "Lasertec",
        "country": "JP",
        "description": "Japanese maker of inspection systems for semiconductor photomasks.",
        "aliases": {"ja": ["レーザーテック"]},
    },
    {
        "name": "Renesas Electronics",
        "country": "JP",
        "description": "Japanese maker of microcontrollers and automotive chips.",
        "aliases": {
            "en": ["Renesas"],
            "ja": ["ルネサスエレクトロニクス", "ルネサス"],
            "zh-hans": ["瑞萨电子"],
            "zh-hant": ["瑞薩電子"],
            "ko": ["르네사스"],
        },
    },
    # --- AI infrastructure and Gulf investors ------------------------------------------------------------------
    {
        "name": "Crusoe",
        "country": "US",
        "website": "https://www.crusoe.ai",
        "description": "US developer of AI data centres that built the first Stargate campus in Abilene, Texas.",
        "aliases": {"en": ["Crusoe Energy", "Crusoe Energy Systems"]},
    },
    {
        "name": "Stargate LLC",
        "country": "US",
        "description": "Venture of SoftBank, OpenAI, Oracle and MGX, announced in January 2025, to build AI "
        "infrastructure in the United States.",
        "aliases": {
            "en": ["Stargate", "Stargate Project"],
            "ja": ["スターゲート"],
            "zh-hans": ["星际之门"],
            "zh-hant": ["星際之門"],
            "ko": ["스타게이트"],
            "ar": ["ستارغيت", "ستارجيت"],
        },
    },
    {
        "name": "Mubadala Investment Company",
        "kind": "fund",
        "country": "AE",
        "website": "https://www.mubadala.com",
        "description": "Abu Dhabi sovereign investor, an investor in Vision Fund 1 and since 2024 the majority "
        "owner of Fortress Investment Group.",
        "aliases": {
            "en": ["Mubadala"],
            "ar": ["مبادلة للاستثمار"],  # bare مبادلة means "swap"
            "ja": ["ムバダラ"],
            "zh-hans": ["穆巴达拉"],
            "ko": ["무바달라"],
        },
    },
    {
        "name": "G42",
        "country": "AE",
        "description": "Abu Dhabi artificial-intelligence company.",
        "aliases": {"en": ["Group 42"]},
    },
    {
        "name": "MGX",
        "kind": "fund",
        "country": "AE",
        "description": "Abu Dhabi investment company for AI founded in 2024 by Mubadala and G42, an equity partner "
        "in Stargate.",
        "aliases": {"ar": ["إم جي إكس"]},
    },
    {
        "name": "Abu Dhabi Investment Authority",
        "kind": "fund",
        "country": "AE",
        "website": "https://www.adia.ae",
        "description": "Sovereign wealth fund of the emirate of Abu Dhabi.",
        "aliases": {
            "": ["ADIA"],
            "ar": ["جهاز أبوظبي للاستثمار"],
            "ja": ["アブダビ投資庁"],
            "zh-hans": ["阿布扎比投资局"],
            "zh-hant": ["阿布達比投資局"],
            "ko": ["아부다비투자청"],
        },
    },
    {
        "name": "Public Investment Fund",
        "kind": "fund",
        "country": "SA",
        "website": "https://www.pif.gov.sa",
        "description": "Saudi Arabia's sovereign wealth fund, the largest outside investor in SoftBank Vision Fund 1.",
        "aliases": {
            "": ["PIF"],
            "ar": ["صندوق الاستثمارات العامة"],
            "ja": ["サウジアラビア公共投資基金"],
            "zh-hans": ["沙特公共投资基金"],
        },
    },
    {
        "name": "Qatar Investment Authority",
        "kind": "fund",
        "country": "QA",
        "website": "https://www.qia.qa",
        "description": "Sovereign wealth fund of Qatar.",
        "aliases": {
            "": ["QIA"],
            "ar": ["جهاز قطر للاستثمار"],
            "ja": ["カタール投資庁"],
            "zh-hans": ["卡塔尔投资局"],
            "ko": ["카타르투자청"],
        },
    },
    # --- Banks -------------------------------------------------------------------------------------------------
    {
        "name": "Mizuho Financial Group",
        "country": "JP",
        "description": "Japanese banking group and one of SoftBank's main lenders.",
        "aliases": {
            "en": ["Mizuho", "Mizuho Financial"],
            "ja": ["みずほフィナンシャルグループ", "みずほFG"],
            "zh-hans": ["瑞穗金融集团"],
            "ko": ["미즈호"],
        },
    },
    {
        "name": "Mizuho Bank",
        "parent": "Mizuho Financial Group",
        "country": "JP",
        "description": "Commercial bank of Mizuho Financial Group.",
        "aliases": {
            "ko": ["미즈호은행"],
            "ja": ["みずほ銀行"],
            "ar": ["بنك ميزوهو"],
            "zh-hans": ["瑞穗银行"],
            "zh-hant": ["瑞穗銀行"],
        },
    },
    {
        "name": "Sumitomo Mitsui Financial Group",
        "country": "JP",
        "description": "Japanese banking group, parent of Sumitomo Mitsui Banking Corporation.",
        "aliases": {
            "": ["SMFG"],
            "ja": ["三井住友フィナンシャルグループ", "三井住友FG"],
            "zh-hans": ["三井住友金融集团"],
        },
    },
    {
        "name": "Sumitomo Mitsui Banking Corporation",
        "parent": "Sumitomo Mitsui Financial Group",
        "country": "JP",
        "description": "Commercial bank of Sumitomo Mitsui Financial Group and a lender to SoftBank.",
        "aliases": {
            "en": ["Sumitomo Mitsui Banking Corp"],
            "": ["SMBC"],
            "ja": ["三井住友銀行"],
            "zh-hans": ["三井住友银行"],
        },
    },
    {
        "name": "Mitsubishi UFJ Financial Group",
        "country": "JP",
        "description": "Japan's largest banking group.",
        "aliases": {
            "": ["MUFG"],
            "ja": ["三菱UFJフィナンシャル・グループ", "三菱UFJ"],
            "zh-hans": ["三菱日联金融集团"],
        },
    },
    {
        "name": "MUFG Bank",
        "parent": "Mitsubishi UFJ Financial Group",
        "country": "JP",
        "description": "Commercial bank of Mitsubishi UFJ Financial Group, formerly Bank of Tokyo-Mitsubishi UFJ.",
        "aliases": {
            "en": ["Bank of Tokyo-Mitsubishi UFJ"],
            "ja": ["三菱UFJ銀行"],
            "zh-hans": ["三菱日联银行"],
        },
    },
    {
        "name": "JPMorgan Chase",
        "country": "US",
        "description": "US bank.",
        "aliases": {
            "en": ["JPMorgan", "JP Morgan", "J.P. Morgan", "JPMorgan Chase & Co"],
            "ja": ["JPモルガン", "JPモルガン・チェース"],
            "zh-hans": ["摩根大通"],
            "ko": ["JP모건"],
            "ar": ["جيه بي مورغان"],
        },
    },
    {
        "name": "Goldman Sachs",
        "country": "US",
        "description": "US investment bank.",
        "aliases": {
            "en": ["Goldman Sachs Group", "Goldman"],
            "ja": ["ゴールドマン・サックス"],
            "zh-hans": ["高盛"],
            "ko": ["골드만삭스"],
            "ar": ["غولدمان ساكس", "جولدمان ساكس"],
        },
    },
    {
        "name": "Morgan Stanley",
        "country": "US",
        "description": "US investment bank.",
        "aliases": {
            "ja": ["モルガン・スタンレー"],
            "zh-hans": ["摩根士丹利"],
            "ko": ["모건스탠리"],
            "ar": ["مورغان ستانلي"],
        },
    },
    {
        "name": "Deutsche Bank",
        "country": "DE",
        "description": "German bank.",
        "aliases": {
            "en": ["Deutsche Bank AG"],
            "ja": ["ドイツ銀行"],
            "zh-hans": ["德意志银行"],
            "zh-hant": ["德意志銀行"],
            "ko": ["도이체방크"],
            "ar": ["دويتشه بنك"],
        },
    },
    # --- Telecoms ----------------------------------------------------------------------------------------------
    {
        "name": "Deutsche Telekom",
        "country": "DE",
        "description": "German telecoms group and controlling shareholder of T-Mobile US.",
        "aliases": {
            "en": ["Deutsche Telekom AG"],
            "ja": ["ドイツテレコム"],
            "zh-hans": ["德国电信"],
            "zh-hant": ["德國電信"],
            "ko": ["도이치텔레콤"],
            "ar": ["دويتشه تيليكوم"],
        },
    },
    {
        "name": "T-Mobile US",
        "parent": "Deutsche Telekom",
        "country": "US",
        "description": "US wireless carrier that merged with SoftBank's Sprint in 2020; SoftBank kept a stake.",
        "aliases": {
            "zh-hans": ["T-Mobile美国"],
            "en": ["T-Mobile"],
            "ja": ["Tモバイル", "TモバイルUS"],
            "ko": ["티모바일", "T모바일"],
            "ar": ["تي موبايل"],
        },
    },
    {
        "name": "Sprint Corporation",
        "parent": "T-Mobile US",
        "country": "US",
        "description": "US wireless carrier controlled by SoftBank from 2013 until its 2020 merger into T-Mobile US.",
        "aliases": {
            "en": ["Sprint Corp", "Sprint Nextel"],
            "ja": ["米スプリント"],  # bare スプリント is the word "sprint"
            "zh-hans": ["斯普林特"],
        },
    },
    {
        "name": "Vodafone Group",
        "country": "GB",
        "description": "British telecoms group that sold its Japanese mobile unit to SoftBank in 2006.",
        "aliases": {
            "en": ["Vodafone"],
            "ja": ["ボーダフォン"],
            "zh-hans": ["沃达丰"],
            "ko": ["보다폰"],
            "ar": ["فودافون"],
        },
    },
    {
        "name": "KDDI",
        "country": "JP",
        "description": "Japanese telecoms operator and SoftBank Corp's domestic rival.",
        "aliases": {"en": ["KDDI Corp", "KDDI Corporation"]},
    },
    # --- Vision Fund portfolio and past holdings ---------------------------------------------------------------
    {
        "name": "Uber",
        "country": "US",
        "description": "US ride-hailing and delivery company in which SoftBank was once the largest shareholder.",
        "aliases": {
            "en": ["Uber Technologies"],
            "ja": ["ウーバー", "ウーバーテクノロジーズ"],
            "zh-hans": ["优步"],
            "zh-hant": ["優步"],
            "ko": ["우버"],
            "ar": ["أوبر"],
        },
    },
    {
        "name": "DoorDash",
        "country": "US",
        "description": "US food-delivery company backed by SoftBank Vision Fund.",
        "aliases": {"ja": ["ドアダッシュ"], "ko": ["도어대시"]},
    },
    {
        "name": "DiDi Global",
        "country": "CN",
        "description": "Chinese ride-hailing company backed by SoftBank Vision Fund.",
        "aliases": {
            "en": ["Didi", "Didi Chuxing"],
            "zh-hans": ["滴滴", "滴滴出行"],
            "ko": ["디디추싱"],
        },
    },
    {
        "name": "Grab Holdings",
        "country": "SG",
        "description": "Singapore-based ride-hailing, delivery and payments company backed by SoftBank.",
        "aliases": {"ko": ["그랩"]},
    },
    {
        "name": "Ola Cabs",
        "country": "IN",
        "description": "Indian ride-hailing company, run by ANI Technologies and backed by SoftBank.",
        "aliases": {"en": ["ANI Technologies"]},
    },
    {
        "name": "OYO",
        "country": "IN",
        "description": "Indian hotel-booking company, formally Oravel Stays, backed by SoftBank Vision Fund.",
        "aliases": {"en": ["OYO Rooms", "Oravel Stays"]},
    },
    {
        "name": "Paytm",
        "country": "IN",
        "description": "Indian digital-payments company run by One 97 Communications, in which SoftBank invested.",
        "aliases": {"en": ["One 97 Communications"]},
    },
    {
        "name": "Coupang",
        "country": "US",
        "description": "South Korean e-commerce company, incorporated in the US and backed by SoftBank Vision Fund.",
        "aliases": {
            "en": ["Coupang Inc"],
            "ko": ["쿠팡"],
            "ja": ["クーパン"],
            "zh-hant": ["酷澎"],
        },
    },
    {
        "name": "WeWork",
        "country": "US",
        "description": "US flexible-office company heavily backed by SoftBank, which filed for bankruptcy in 2023.",
        "aliases": {"en": ["WeWork Inc"], "ja": ["ウィーワーク"], "ko": ["위워크"]},
    },
    {
        "name": "General Motors",
        "country": "US",
        "description": "US carmaker and owner of Cruise.",
        "aliases": {
            "ja": ["ゼネラル・モーターズ"],
            "zh-hans": ["通用汽车"],
            "zh-hant": ["通用汽車"],
            "ko": ["제너럴모터스"],
            "ar": ["جنرال موتورز"],
        },
    },
    {
        "name": "Cruise LLC",
        "parent": "General Motors",
        "country": "US",
        "description": "General Motors' self-driving-car unit; SoftBank Vision Fund invested $2.25 billion in it in "
        "2018 and sold the stake to GM in 2022.",
        "aliases": {"en": ["Cruise Automation", "GM Cruise"]},
    },
    {
        "name": "Hyundai Motor Group",
        "country": "KR",
        "description": "South Korean car group that bought control of Boston Dynamics from SoftBank in 2021.",
        "aliases": {
            "en": ["Hyundai"],
            "ko": ["현대자동차그룹", "현대차그룹"],
            "ja": ["現代自動車グループ"],
            "zh-hans": ["现代汽车集团"],
        },
    },
    {
        "name": "Boston Dynamics",
        "parent": "Hyundai Motor Group",
        "country": "US",
        "description": "US robotics company owned by SoftBank from 2017 to 2021 and now controlled by Hyundai Motor "
        "Group.",
        "aliases": {
            "ja": ["ボストン・ダイナミクス"],
            "zh-hans": ["波士顿动力"],
            "zh-hant": ["波士頓動力"],
            "ko": ["보스턴다이내믹스", "보스턴 다이내믹스"],
            "ar": ["بوسطن ديناميكس"],
        },
    },
    {
        "name": "Fortress Investment Group",
        "parent": "Mubadala Investment Company",
        "country": "US",
        "description": "US investment manager bought by SoftBank in 2017; Mubadala Capital took majority control in "
        "2024.",
        "aliases": {
            "ja": ["フォートレス・インベストメント・グループ", "米フォートレス"],
            "zh-hans": ["堡垒投资集团"],
        },
    },
    # --- Public bodies -----------------------------------------------------------------------------------------
    {
        "name": "Ministry of Economy, Trade and Industry",
        "kind": "public_body",
        "country": "JP",
        "description": "Japanese ministry that subsidises domestic chip and AI computing projects.",
        "aliases": {
            "": ["METI"],
            "ja": ["経済産業省", "経産省"],
            "zh-hans": ["经济产业省"],
            "zh-hant": ["經濟產業省"],
            "ko": ["경제산업성"],
        },
    },
    # --- Added with the held-out evaluation ---------------------------------------------------------------------
    {
        "name": "ABB",
        "country": "CH",
        "website": "https://global.abb",
        "description": "Swiss electrification and automation group whose robotics division SoftBank agreed to buy "
        "in October 2025.",
        "aliases": {
            "en": ["ABB Ltd", "ABB Group"],
            "zh-hans": ["ABB集团"],
            "ar": ["إيه بي بي"],
        },
    },
    # --- Added with the second held-out evaluation --------------------------------------------------------------
    {
        "name": "Symbotic",
        "country": "US",
        "website": "https://www.symbotic.com",
        "description": "US warehouse-automation company partly owned by SoftBank Group, its partner in the GreenBox "
        "joint venture.",
        "aliases": {"en": ["Symbotic Inc"], "ja": ["シンボティック"]},
    },
    {
        "name": "Walmart",
        "country": "US",
        "description": "US retailer that sold its robotics unit to Symbotic in 2025.",
        "aliases": {
            "en": ["Walmart Inc"],
            "ja": ["ウォルマート"],
            "zh-hans": ["沃尔玛"],
            "zh-hant": ["沃爾瑪"],
            "ko": ["월마트"],
            "ar": ["وول مارت"],
        },
    },
    # --- SoftBank's deal history: portfolio, partners, lenders and co-investors ---------------------------------
    # Names that are ordinary words keep only longer forms: "Apple Inc" (not Apple, أبل = camels, 苹果),
    # "Compass Inc", "Slack Technologies", "Lemonade Inc", "Wag Labs", "Fanatics Inc"; LINE is bare "LINE" in
    # every press, but "line"/"ライン"/"라인" are ordinary words, so only "LINE Corporation" forms are listed.
    {
        "name": "LINE Corporation",
        "country": "JP",
        "description": "Japanese messaging-app company, controlled by Naver, that merged with SoftBank's Z Holdings "
        "in 2021 and was absorbed into LY Corporation in 2023.",
        "aliases": {"en": ["LINE Corp"], "ja": ["LINE株式会社"]},
    },
    {
        "name": "Yahoo",
        "country": "US",
        "description": "US internet company that founded Yahoo Japan with SoftBank in 1996; its remaining Asian "
        "stakes passed to Altaba in 2017.",
        "aliases": {
            "en": ["Yahoo Inc", "Altaba"],
            "ja": ["米ヤフー"],
            "zh-hans": ["雅虎"],  # also the traditional spelling
            "ko": ["야후"],
            "ar": ["ياهو"],
        },
    },
    {
        "name": "Arm China",
        "country": "CN",
        "description": "Chinese joint venture, formally Arm Technology (China), in which Arm sold a 51% stake to "
        "Chinese investors in 2018.",
        "aliases": {
            "en": ["Arm Technology China"],
            "zh-hans": ["安谋科技", "安谋中国"],
            "zh-hant": ["安謀科技", "安謀中國"],
        },
    },
    {
        "name": "Supercell",
        "country": "FI",
        "description": "Finnish mobile-game maker, majority-owned by SoftBank from 2013 until it sold the stake to "
        "Tencent in 2016.",
        "aliases": {"en": ["Supercell Oy"], "ja": ["スーパーセル"], "ko": ["슈퍼셀"]},
    },
    {
        "name": "GungHo Online Entertainment",
        "country": "JP",
        "description": "Japanese game maker behind Puzzle & Dragons, in which SoftBank sold its shares in 2013.",
        "aliases": {
            "en": ["GungHo", "GungHo Online"],
            "ja": ["ガンホー・オンライン・エンターテイメント", "ガンホー"],
        },
    },
    {
        "name": "Apple Inc",
        "country": "US",
        "description": "US maker of the iPhone and an investor in SoftBank Vision Fund 1.",
        "aliases": {
            "ja": ["米アップル", "アップル"],
            "zh-hans": ["苹果公司"],
            "zh-hant": ["蘋果公司"],
            "ko": ["애플"],
        },
    },
    {
        "name": "Carlyle Group",
        "country": "US",
        "description": "US private-equity firm that sold its stake in Ampere Computing to SoftBank in 2025.",
        "aliases": {
            "en": ["Carlyle", "The Carlyle Group"],
            "ja": ["カーライル・グループ", "米カーライル"],
            "zh-hans": ["凯雷集团", "凯雷"],
            "zh-hant": ["凱雷集團", "凱雷"],
            "ko": ["칼라일그룹", "칼라일 그룹", "칼라일"],
            "ar": ["كارلايل"],
        },
    },
    {
        "name": "Yanolja",
        "country": "KR",
        "description": "South Korean travel and leisure platform in which SoftBank Vision Fund 2 invested "
        "$1.7 billion in 2021.",
        "aliases": {"ko": ["야놀자"]},
    },
    {
        "name": "Riiid",
        "country": "KR",
        "description": "South Korean AI education start-up in which SoftBank Vision Fund 2 invested $175 million "
        "in 2021.",
        "aliases": {"ko": ["뤼이드"]},
    },
    {
        "name": "Auto1 Group",
        "country": "DE",
        "description": "Berlin-based online used-car dealer in which SoftBank Vision Fund invested in 2018.",
        "aliases": {"en": ["Auto1", "AUTO1 Group SE"]},
    },
    {
        "name": "GetYourGuide",
        "country": "DE",
        "description": "Berlin-based marketplace for tours and activities, backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Forto",
        "country": "DE",
        "description": "Berlin-based digital freight forwarder, formerly FreightHub, backed by SoftBank Vision "
        "Fund 2.",
        "aliases": {"en": ["FreightHub"]},
    },
    {
        "name": "Rappi",
        "country": "CO",
        "description": "Colombian delivery app backed by SoftBank Vision Fund and the SoftBank Latin America Fund.",
        "aliases": {},
    },
    {
        "name": "Loggi",
        "country": "BR",
        "description": "Brazilian logistics and delivery company backed by SoftBank.",
        "aliases": {},
    },
    {
        "name": "Kavak",
        "country": "MX",
        "description": "Mexican online used-car marketplace backed by the SoftBank Latin America Fund.",
        "aliases": {},
    },
    {
        "name": "Wellhub",
        "country": "US",
        "description": "Corporate-wellness platform founded in Brazil as Gympass, backed by SoftBank.",
        "aliases": {"en": ["Gympass"]},
    },
    {
        "name": "Flipkart",
        "country": "IN",
        "description": "Indian e-commerce company in which SoftBank Vision Fund sold its stake to Walmart in 2018.",
        "aliases": {"ja": ["フリップカート"], "ko": ["플립카트"]},
    },
    {
        "name": "Snapdeal",
        "country": "IN",
        "description": "Indian e-commerce marketplace backed by SoftBank.",
        "aliases": {},
    },
    {
        "name": "Zomato",
        "country": "IN",
        "description": "Indian food-delivery company, renamed Eternal in 2025, backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Swiggy",
        "country": "IN",
        "description": "Indian food- and grocery-delivery company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Lenskart",
        "country": "IN",
        "description": "Indian eyewear retailer backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Delhivery",
        "country": "IN",
        "description": "Indian logistics company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "PolicyBazaar",
        "country": "IN",
        "description": "Indian online insurance marketplace run by PB Fintech and backed by SoftBank Vision Fund.",
        "aliases": {"en": ["PB Fintech", "Policybazaar.com"]},
    },
    {
        "name": "Ola Electric",
        "country": "IN",
        "description": "Indian electric-scooter maker backed by SoftBank.",
        "aliases": {"en": ["Ola Electric Mobility"]},
    },
    {
        "name": "GoTo Group",
        "country": "ID",
        "description": "Indonesian technology group formed in 2021 by the merger of Gojek and Tokopedia, both "
        "backed by SoftBank.",
        # bare "GoTo" is also Goto, the surname of SoftBank's finance chief
        "aliases": {"en": ["GoTo Gojek Tokopedia", "PT GoTo Gojek Tokopedia"]},
    },
    {
        "name": "Gojek",
        "parent": "GoTo Group",
        "country": "ID",
        "description": "Indonesian ride-hailing and delivery app, part of GoTo Group.",
        "aliases": {"en": ["Go-Jek"]},
    },
    {
        "name": "Tokopedia",
        "country": "ID",
        "description": "Indonesian e-commerce marketplace backed by SoftBank Vision Fund, merged into GoTo in 2021 "
        "and majority-owned by ByteDance's TikTok since 2024.",
        "aliases": {},
    },
    {
        "name": "Klook",
        "country": "HK",
        "description": "Hong Kong-based travel-activities platform backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Opendoor",
        "country": "US",
        "description": "US online home-buying company backed by SoftBank Vision Fund.",
        "aliases": {"en": ["Opendoor Technologies"]},
    },
    {
        "name": "Compass Inc",
        "country": "US",
        "description": "US real-estate brokerage backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Katerra",
        "country": "US",
        "description": "US construction-technology company backed by SoftBank that shut down in 2021.",
        "aliases": {},
    },
    {
        "name": "Zume",
        "country": "US",
        "description": "US food-packaging and robot-pizza start-up backed by SoftBank Vision Fund, closed in 2023.",
        "aliases": {"en": ["Zume Pizza"]},
    },
    {
        "name": "Wag Labs",
        "country": "US",
        "description": "US dog-walking app in which SoftBank Vision Fund invested in 2018.",
        "aliases": {"en": ["Wag Group"]},
    },
    {
        "name": "Brandless",
        "country": "US",
        "description": "US online retailer backed by SoftBank Vision Fund that closed in 2020.",
        "aliases": {},
    },
    {
        "name": "Mapbox",
        "country": "US",
        "description": "US mapping-software company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Slack Technologies",
        "country": "US",
        "description": "US workplace-messaging company backed by SoftBank Vision Fund and bought by Salesforce in "
        "2021.",
        "aliases": {},
    },
    {
        "name": "Guardant Health",
        "country": "US",
        "description": "US cancer blood-test company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Roivant Sciences",
        "country": "GB",
        "description": "London-based biopharmaceutical company, listed on Nasdaq, backed by SoftBank Vision Fund.",
        "aliases": {"en": ["Roivant"]},
    },
    {
        "name": "Vir Biotechnology",
        "country": "US",
        "description": "US infectious-disease drug developer backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Relay Therapeutics",
        "country": "US",
        "description": "US drug-discovery company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Lemonade Inc",
        "country": "US",
        "description": "US insurance-technology company whose 2019 funding round SoftBank led.",
        "aliases": {},
    },
    {
        "name": "Doma Holdings",
        "country": "US",
        "description": "US title-insurance company, formerly States Title, backed by SoftBank Vision Fund.",
        "aliases": {"en": ["States Title"]},
    },
    {
        "name": "Fanatics Inc",
        "country": "US",
        "description": "US sports-merchandise company backed by SoftBank Vision Fund.",
        "aliases": {},
    },
    {
        "name": "Full Truck Alliance",
        "country": "CN",
        "description": "Chinese digital freight platform backed by SoftBank Vision Fund.",
        "aliases": {"zh-hans": ["满帮集团", "满帮"], "zh-hant": ["滿幫集團", "滿幫"]},
    },
    {
        "name": "KE Holdings",
        "country": "CN",
        "description": "Chinese housing-transaction platform, operator of Beike, backed by SoftBank Vision Fund.",
        "aliases": {
            "en": ["Beike"],
            "zh-hans": ["贝壳找房", "贝壳控股"],
            "zh-hant": ["貝殼找房", "貝殼控股"],
        },
    },
    {
        "name": "Lalamove",
        "country": "HK",
        "description": "Hong Kong-founded on-demand delivery company, known as Huolala in mainland China.",
        "aliases": {"en": ["Huolala"], "zh-hans": ["货拉拉"], "zh-hant": ["貨拉拉"]},
    },
    {
        "name": "Toyota Motor",
        "country": "JP",
        "description": "Japanese carmaker, SoftBank Corp's partner in the MONET Technologies mobility venture.",
        "aliases": {
            "en": ["Toyota", "Toyota Motor Corp", "Toyota Motor Corporation"],
            "ja": ["トヨタ自動車", "トヨタ"],
            "zh-hans": ["丰田汽车", "丰田"],
            "zh-hant": ["豐田汽車", "豐田"],
            "ko": ["도요타", "도요타자동차", "토요타"],
            "ar": ["تويوتا"],
        },
    },
    {
        "name": "MONET Technologies",
        "parent": "SoftBank Corp",
        "country": "JP",
        "description": "Mobility-services joint venture of SoftBank Corp and Toyota, founded in 2018.",
        "aliases": {"ja": ["モネ・テクノロジーズ"]},
    },
    {
        "name": "Honda Motor",
        "country": "JP",
        "description": "Japanese carmaker and a MONET Technologies shareholder.",
        "aliases": {
            "en": ["Honda", "Honda Motor Co"],
            "ja": ["ホンダ", "本田技研工業"],
            "zh-hans": ["本田汽车"],
            "zh-hant": ["本田汽車"],
            "ko": ["혼다"],
            "ar": ["هوندا"],
        },
    },
    {
        "name": "Greensill Capital",
        "country": "GB",
        "description": "British supply-chain finance firm backed by SoftBank Vision Fund that collapsed in 2021.",
        "aliases": {"en": ["Greensill"]},
    },
    # Banks and co-investors
    {
        "name": "Sumitomo Mitsui Trust Holdings",
        "country": "JP",
        "description": "Japanese trust-banking group and a lender to SoftBank.",
        "aliases": {
            "en": ["Sumitomo Mitsui Trust"],
            "ja": ["三井住友トラスト・ホールディングス", "三井住友信託銀行"],
        },
    },
    {
        "name": "Nomura Holdings",
        "country": "JP",
        "description": "Japanese brokerage and investment-banking group.",
        "aliases": {
            "en": ["Nomura", "Nomura Securities"],
            "ja": ["野村ホールディングス", "野村證券", "野村証券"],
            "zh-hans": ["野村控股", "野村证券"],
            "ko": ["노무라", "노무라증권"],
        },
    },
    {
        "name": "Daiwa Securities Group",
        "country": "JP",
        "description": "Japanese brokerage group.",
        "aliases": {
            "en": ["Daiwa Securities"],
            "ja": ["大和証券グループ本社", "大和証券"],
            "zh-hans": ["大和证券"],
            "ko": ["다이와증권"],
        },
    },
    {
        "name": "Citigroup",
        "country": "US",
        "description": "US bank.",
        "aliases": {
            "en": ["Citi", "Citigroup Inc"],
            "ja": ["シティグループ"],
            "zh-hans": ["花旗集团", "花旗"],
            "zh-hant": ["花旗集團"],
            "ko": ["씨티그룹"],
            "ar": ["سيتي غروب", "سيتي جروب"],
        },
    },
    {
        "name": "Bank of America",
        "country": "US",
        "description": "US bank.",
        "aliases": {
            "en": ["BofA", "BofA Securities"],
            "ja": ["バンク・オブ・アメリカ"],
            "zh-hans": ["美银"],
            "zh-hant": ["美銀"],
            "ko": ["뱅크오브아메리카"],
            "ar": ["بنك أوف أمريكا"],
        },
    },
    {
        "name": "Barclays",
        "country": "GB",
        "description": "British bank.",
        "aliases": {
            "ja": ["バークレイズ"],
            "zh-hans": ["巴克莱"],
            "zh-hant": ["巴克萊"],
            "ko": ["바클레이스"],
            "ar": ["باركليز"],
        },
    },
    {
        "name": "BNP Paribas",
        "country": "FR",
        "description": "French bank.",
        "aliases": {
            "ja": ["BNPパリバ"],
            "zh-hans": ["法国巴黎银行"],
            "zh-hant": ["法國巴黎銀行"],
            "ko": ["BNP파리바"],
            "ar": ["بي إن بي باريبا"],
        },
    },
    {
        "name": "HSBC",
        "country": "GB",
        "description": "British bank.",
        "aliases": {
            "en": ["HSBC Holdings"],
            "zh-hans": ["汇丰", "汇丰银行"],
            "zh-hant": ["滙豐", "匯豐", "滙豐銀行", "匯豐銀行"],
            "ar": ["إتش إس بي سي"],
        },
    },
    {
        "name": "Credit Suisse",
        "country": "CH",
        "description": "Swiss bank, taken over by UBS in 2023, that ran the Greensill-linked funds.",
        "aliases": {
            "ja": ["クレディ・スイス"],
            "zh-hans": ["瑞信", "瑞士信贷"],
            "zh-hant": ["瑞士信貸"],
            "ko": ["크레디트스위스"],
            "ar": ["كريدي سويس"],
        },
    },
    {
        "name": "Apollo Global Management",
        "country": "US",
        "description": "US private-equity and credit firm.",
        "aliases": {
            "ja": ["アポロ・グローバル・マネジメント"],
            "zh-hans": ["阿波罗全球管理"],
        },
    },
    {
        "name": "Temasek",
        "kind": "fund",
        "country": "SG",
        "description": "Singapore state investment company.",
        "aliases": {
            "en": ["Temasek Holdings"],
            "ja": ["テマセク"],
            "zh-hans": ["淡马锡"],
            "zh-hant": ["淡馬錫"],
            "ko": ["테마섹"],
            "ar": ["تيماسك"],
        },
    },
    {
        "name": "GIC",
        "kind": "fund",
        "country": "SG",
        "description": "Singapore sovereign wealth fund.",
        "aliases": {"en": ["GIC Private Limited"], "zh-hans": ["新加坡政府投资公司"]},
    },
    {
        "name": "Tiger Global Management",
        "kind": "fund",
        "country": "US",
        "description": "US investment firm.",
        "aliases": {"en": ["Tiger Global"], "ko": ["타이거글로벌"]},
    },
    {
        "name": "Sequoia Capital",
        "kind": "fund",
        "country": "US",
        "description": "US venture-capital firm.",
        "aliases": {
            "ja": ["セコイア・キャピタル"],
            "zh-hans": ["红杉资本"],
            "zh-hant": ["紅杉資本"],
            "ko": ["세쿼이아캐피털"],
        },
    },
    {
        "name": "Thrive Capital",
        "kind": "fund",
        "country": "US",
        "description": "US venture-capital firm and an investor in OpenAI.",
        "aliases": {},
    },
    {
        "name": "Coatue Management",
        "kind": "fund",
        "country": "US",
        "description": "US technology investment firm.",
        "aliases": {"en": ["Coatue"]},
    },
    {
        "name": "Altimeter Capital",
        "kind": "fund",
        "country": "US",
        "description": "US technology investment firm.",
        "aliases": {},
    },
    {
        "name": "Dragoneer Investment Group",
        "kind": "fund",
        "country": "US",
        "description": "US growth-stage investment firm.",
        "aliases": {"en": ["Dragoneer"]},
    },
    {
        "name": "Magnetar Capital",
        "kind": "fund",
        "country": "US",
        "description": "US alternative-investment firm.",
        "aliases": {"en": ["Magnetar"]},
    },
]
