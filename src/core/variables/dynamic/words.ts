/** Small English word lists for the dynamic variables (a tiny stand-in for faker's locale). */
const list = (s: string): readonly string[] => s.split(",");

export const FIRST_NAMES = list(
  "James,Mary,Robert,Patricia,John,Jennifer,Michael,Linda,David,Elizabeth,William,Barbara,Richard,Susan,Joseph,Jessica,Thomas,Sarah,Carlos,Karen,Ahmed,Mei,Priya,Olga,Kenji,Amara,Lucas,Sofia,Noah,Emma",
);
export const LAST_NAMES = list(
  "Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez,Hernandez,Lopez,Wilson,Anderson,Thomas,Taylor,Moore,Jackson,Martin,Lee,Nguyen,Patel,Kim,Schmidt,Rossi,Okafor,Kowalski,Tanaka,Silva,Cohen",
);
export const NAME_PREFIXES = list("Mr.,Mrs.,Ms.,Miss,Dr.");
export const NAME_SUFFIXES = list("Jr.,Sr.,I,II,III,IV,V,MD,DDS,PhD,DVM");
export const JOB_DESCRIPTORS = list(
  "Lead,Senior,Direct,Corporate,Dynamic,Future,Product,National,Regional,District,Central,Global,Customer,Investor,Chief,Principal,Internal,International",
);
export const JOB_AREAS = list(
  "Solutions,Program,Brand,Security,Research,Marketing,Directives,Implementation,Integration,Functionality,Response,Paradigm,Tactics,Identity,Markets,Group,Division,Applications,Optimization,Operations,Infrastructure,Intranet,Communications,Web,Branding,Quality,Assurance,Mobility,Accounts,Data,Creative,Configuration,Interactions,Factors,Usability,Metrics",
);
export const JOB_TYPES = list(
  "Supervisor,Associate,Executive,Liaison,Officer,Manager,Engineer,Specialist,Director,Coordinator,Administrator,Architect,Analyst,Designer,Planner,Orchestrator,Technician,Developer,Producer,Consultant,Assistant,Facilitator,Agent,Representative,Strategist",
);
export const CITIES = list(
  "Springfield,Riverside,Fairview,Madison,Georgetown,Salem,Franklin,Clinton,Greenville,Bristol,Oakland,Ashland,Burlington,Manchester,Milton,Newport,Oxford,Dover,Kingston,Lakewood",
);
export const STREET_NAMES = list(
  "Main Street,Oak Avenue,Pine Road,Maple Lane,Cedar Court,Elm Street,Washington Boulevard,Lake Drive,Hill Road,Park Avenue,Sunset Boulevard,River Road,Church Street,Mill Lane,Highland Avenue",
);
/** [name, ISO 3166-1 alpha-2 code] */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ["United States", "US"],
  ["Canada", "CA"],
  ["Mexico", "MX"],
  ["Brazil", "BR"],
  ["Argentina", "AR"],
  ["United Kingdom", "GB"],
  ["Ireland", "IE"],
  ["France", "FR"],
  ["Germany", "DE"],
  ["Spain", "ES"],
  ["Italy", "IT"],
  ["Netherlands", "NL"],
  ["Sweden", "SE"],
  ["Poland", "PL"],
  ["Nigeria", "NG"],
  ["Kenya", "KE"],
  ["Egypt", "EG"],
  ["India", "IN"],
  ["China", "CN"],
  ["Japan", "JP"],
  ["South Korea", "KR"],
  ["Australia", "AU"],
  ["New Zealand", "NZ"],
];
export const COLORS = list(
  "red,green,blue,yellow,purple,orange,pink,black,white,gray,cyan,magenta,teal,lime,maroon,navy,olive,silver,gold,indigo,violet,turquoise,salmon,orchid,plum",
);
/** [code, name, symbol] */
export const CURRENCIES: readonly (readonly [string, string, string])[] = [
  ["USD", "US Dollar", "$"],
  ["EUR", "Euro", "€"],
  ["GBP", "Pound Sterling", "£"],
  ["JPY", "Yen", "¥"],
  ["INR", "Indian Rupee", "₹"],
  ["CNY", "Yuan Renminbi", "¥"],
  ["KRW", "Won", "₩"],
  ["RUB", "Russian Ruble", "₽"],
  ["BRL", "Brazilian Real", "R$"],
  ["CHF", "Swiss Franc", "CHF"],
  ["NGN", "Naira", "₦"],
  ["ILS", "New Israeli Sheqel", "₪"],
];
export const COMPANY_SUFFIXES = list("Inc,and Sons,LLC,Group");
export const CATCH_ADJECTIVES = list(
  "Adaptive,Advanced,Automated,Balanced,Centralized,Compatible,Configurable,Cross-platform,Customizable,Decentralized,Digitized,Distributed,Ergonomic,Exclusive,Expanded,Face to face,Focused,Fundamental,Horizontal,Innovative,Integrated,Intuitive,Managed,Multi-layered,Open-source,Optimized,Organic,Proactive,Reactive,Robust,Seamless,Secured,Streamlined,Synergized,Universal,User-friendly,Versatile,Virtual,Visionary",
);
export const CATCH_DESCRIPTORS = list(
  "24 hour,24/7,actuating,analyzing,asymmetric,asynchronous,bottom-line,client-driven,client-server,coherent,composite,context-sensitive,dedicated,demand-driven,dynamic,encompassing,executive,explicit,global,heuristic,holistic,impactful,interactive,intermediate,local,logistical,mission-critical,modular,multimedia,neutral,next generation,optimal,real-time,reciprocal,responsive,scalable,static,systematic,tangible,transitional,zero defect",
);
export const CATCH_NOUNS = list(
  "ability,access,adapter,algorithm,alliance,analyzer,application,approach,architecture,archive,array,attitude,benchmark,capability,capacity,challenge,circuit,collaboration,complexity,concept,database,emulation,encoding,encryption,firmware,flexibility,framework,function,hardware,hierarchy,hub,implementation,infrastructure,initiative,installation,interface,matrix,methodology,middleware,model,moderator,monitoring,network,paradigm,portal,process,product,protocol,service-desk,software,solution,strategy,structure,superstructure,support,synergy,system,task-force,throughput,toolset,utilisation,website,workforce",
);
export const BS_ADJECTIVES = list(
  "clicks-and-mortar,value-added,vertical,proactive,robust,revolutionary,scalable,leading-edge,innovative,intuitive,strategic,e-business,mission-critical,sticky,one-to-one,24/7,end-to-end,global,B2B,B2C,granular,frictionless,virtual,viral,dynamic,best-of-breed,killer,magnetic,bleeding-edge,web-enabled,interactive,dot-com,back-end,real-time,efficient,front-end,distributed,seamless,extensible,turn-key,world-class,open-source,cross-platform,cross-media,synergistic,bricks-and-clicks,out-of-the-box,enterprise,integrated,impactful,wireless,transparent,next-generation,cutting-edge,user-centric,visionary,customized,ubiquitous,plug-and-play,collaborative,compelling,holistic,rich",
);
export const BS_BUZZWORDS = list(
  "synergize,repurpose,strategize,reinvent,harness,facilitate,monetize,disintermediate,target,enhance,leverage,engineer,cultivate,morph,reintermediate,optimize,incentivize,integrate,deploy,expedite,benchmark,syndicate,scale,transform,empower,orchestrate,unleash,streamline,architect,innovate,iterate,extend,envisioneer,aggregate,embrace,visualize,maximize,grow,generate,implement,evolve,brand,enable,redefine",
);
export const BS_NOUNS = list(
  "synergies,paradigms,markets,partnerships,infrastructures,platforms,initiatives,channels,communities,ROI,solutions,action-items,portals,niches,technologies,content,supply-chains,convergence,relationships,architectures,interfaces,e-markets,e-commerce,systems,bandwidth,models,mindshare,deliverables,users,schemas,networks,applications,metrics,functionalities,experiences,web services,methodologies,blockchains,lifetime value",
);
export const PRODUCT_ADJECTIVES = list(
  "Small,Ergonomic,Rustic,Intelligent,Gorgeous,Incredible,Fantastic,Practical,Sleek,Awesome,Generic,Handcrafted,Handmade,Licensed,Refined,Unbranded,Tasty",
);
export const PRODUCT_MATERIALS = list(
  "Steel,Wooden,Concrete,Plastic,Cotton,Granite,Rubber,Metal,Soft,Fresh,Frozen",
);
export const PRODUCTS = list(
  "Chair,Car,Computer,Keyboard,Mouse,Bike,Ball,Gloves,Pants,Shirt,Table,Shoes,Hat,Towels,Soap,Tuna,Chicken,Fish,Cheese,Bacon,Pizza,Salad,Sausages,Chips",
);
export const DEPARTMENTS = list(
  "Books,Movies,Music,Games,Electronics,Computers,Home,Garden,Tools,Grocery,Health,Beauty,Toys,Kids,Baby,Clothing,Shoes,Jewelery,Sports,Outdoors,Automotive,Industrial",
);
export const LOREM = list(
  "lorem,ipsum,dolor,sit,amet,consectetur,adipiscing,elit,sed,do,eiusmod,tempor,incididunt,ut,labore,et,dolore,magna,aliqua,enim,ad,minim,veniam,quis,nostrud,exercitation,ullamco,laboris,nisi,aliquip,ex,ea,commodo,consequat,duis,aute,irure,in,reprehenderit,voluptate,velit,esse,cillum,fugiat,nulla,pariatur,excepteur,sint,occaecat,cupidatat,non,proident,sunt,culpa,qui,officia,deserunt,mollit,anim,id,est,laborum",
);
export const ADJECTIVES = list(
  "auxiliary,primary,back-end,digital,open-source,virtual,cross-platform,redundant,online,haptic,multi-byte,bluetooth,wireless,1080p,neural,optical,solid state,mobile",
);
export const NOUNS = list(
  "driver,protocol,bandwidth,panel,microchip,program,port,card,array,interface,system,sensor,firewall,hard drive,pixel,alarm,feed,monitor,application,transmitter,bus,circuit,capacitor,matrix",
);
export const VERBS = list(
  "back up,bypass,hack,override,compress,copy,navigate,index,connect,generate,quantify,calculate,synthesize,input,transmit,program,reboot,parse",
);
export const INGVERBS = list(
  "backing up,bypassing,hacking,overriding,compressing,copying,navigating,indexing,connecting,generating,quantifying,calculating,synthesizing,transmitting,programming,parsing",
);
export const ABBREVIATIONS = list(
  "TCP,HTTP,SDD,RAM,GB,CSS,SSL,AGP,SQL,FTP,PCI,AI,ADP,RSS,XML,EXE,COM,HDD,THX,SMTP,SMS,USB,PNG,SAS,IB,SCSI,JSON,XSS,JBOD",
);
export const DOMAIN_SUFFIXES = list("com,net,org,info,biz,name,io,dev");
export const EMAIL_DOMAINS = list("gmail.com,yahoo.com,hotmail.com");
export const PROTOCOLS = list("http,https");
export const LOCALES = list("en,fr,de,es,it,pt,nl,sv,pl,ru,zh,ja,ko,ar,hi,tr");
export const WEEKDAYS = list("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday");
export const MONTHS = list(
  "January,February,March,April,May,June,July,August,September,October,November,December",
);
/** [mime type, common extension] */
export const MIME_TYPES: readonly (readonly [string, string])[] = [
  ["application/json", "json"],
  ["application/pdf", "pdf"],
  ["application/zip", "zip"],
  ["application/xml", "xml"],
  ["text/plain", "txt"],
  ["text/html", "html"],
  ["text/csv", "csv"],
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/gif", "gif"],
  ["image/svg+xml", "svg"],
  ["audio/mpeg", "mp3"],
  ["video/mp4", "mp4"],
  ["application/msword", "doc"],
];
export const FILE_TYPES = list("application,audio,image,text,video,model,font");
export const USER_AGENTS: readonly string[] = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
  "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
];
export const BANK_ACCOUNT_NAMES = list(
  "Checking Account,Savings Account,Money Market Account,Investment Account,Home Loan Account,Credit Card Account,Auto Loan Account,Personal Loan Account",
);
export const TRANSACTION_TYPES = list("deposit,withdrawal,payment,invoice");
export const IMAGE_CATEGORIES = list(
  "abstract,animals,business,cats,city,food,nightlife,fashion,people,nature,sports,transport",
);
