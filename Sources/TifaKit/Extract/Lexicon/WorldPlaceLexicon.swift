/// Place names of general knowledge beyond China's divisions and the capitals: the
/// states and provinces of large countries (with the suffix they are written with:
/// 明尼苏达州, 安大略省, 长野县), the world's regions, more cities, and the best-known
/// mountains, rivers, lakes, seas, straits, gulfs and islands of China and the world.
/// Written from general knowledge in the customary Xinhua forms; names that are also
/// everyday words or personal names (三重, 石川, 维多利亚) appear only with their suffix.
enum WorldPlaceLexicon {
 /// US states, read bare and with 州 (明尼苏达, 明尼苏达州).
 static let usStates = """
 阿拉巴马 亚拉巴马 阿拉斯加 亚利桑那 阿肯色 加利福尼亚 科罗拉多 康涅狄格 特拉华 佛罗里达 佐治亚
 夏威夷 爱达荷 伊利诺伊 伊利诺斯 印第安纳 艾奥瓦 衣阿华 堪萨斯 肯塔基 路易斯安那 缅因 马里兰 马萨诸塞
 密歇根 密执安 明尼苏达 密西西比 密苏里 蒙大拿 内布拉斯加 内华达 新罕布什尔 新泽西 新墨西哥
 北卡罗来纳 北卡罗莱纳 北达科他 俄亥俄 俄克拉何马 俄克拉荷马 俄勒冈 宾夕法尼亚 罗德岛 南卡罗来纳
 南卡罗莱纳 南达科他 田纳西 得克萨斯 德克萨斯 犹他 佛蒙特 弗吉尼亚 西弗吉尼亚 威斯康星 怀俄明
 """
 /// US states whose bare form is another word or place: only with 州.
 static let usStatesNeedingSuffix = "纽约 华盛顿 加 德 麻 宾 佛"
 /// Canadian provinces and territories, bare and with 省.
 static let canadianProvinces = """
 安大略 不列颠哥伦比亚 艾伯塔 阿尔伯塔 萨斯喀彻温 马尼托巴 新斯科舍 新不伦瑞克 纽芬兰 育空 努纳武特
 """
 /// Australian states and territories, bare and with 州.
 static let australianStates = "新南威尔士 昆士兰 南澳大利亚 西澳大利亚 塔斯马尼亚 北领地"
 /// Australian states whose bare form is a person's name: only with 州.
 static let australianStatesNeedingSuffix = "维多利亚"
 /// Japanese prefectures safe to read bare, also read with 县 (长野, 长野县).
 static let japanesePrefectures = """
 青森 岩手 秋田 福岛 茨城 栃木 群马 埼玉 神奈川 新潟 山梨 长野 岐阜 静冈 爱知 滋贺 兵库 和歌山 鸟取
 岛根 冈山 德岛 香川 爱媛 佐贺 熊本 鹿儿岛 冲绳 北海道
 """
 /// Japanese prefectures whose bare form is a word or a personal name: only with 县/府/都.
 static let japanesePrefecturesNeedingSuffix = """
 宫城县 山形县 富山县 石川县 福井县 三重县 山口县 高知县 大分县 宫崎县 千叶县 奈良县 广岛县 长崎县 福冈县
 东京都 京都府 大阪府
 """
 /// Regions of Russia, the Caucasus, Europe, the Middle East, South Asia, Africa and the
 /// Americas, and the names of peoples' homelands used as places (阿拉伯, 库尔德).
 static let regions = """
 达吉斯坦 印古什 北奥塞梯 南奥塞梯 鞑靼斯坦 巴什科尔托斯坦 楚瓦什 卡累利阿 雅库特 布里亚特 阿布哈兹
 阿扎尔 纳戈尔诺—卡拉巴赫 纳卡 卡拉巴赫 德涅斯特河左岸 滨海边疆区 哈巴罗夫斯克边疆区 克拉斯诺达尔
 伊尔库茨克 克拉斯诺亚尔斯克 鄂木斯克 托木斯克 秋明 车里雅宾斯克 萨马拉 萨拉托夫 沃罗涅日 罗斯托夫
 斯摩棱斯克 阿尔汉格尔斯克 楚科奇 堪察加 马加丹 远东地区
 阿尔萨斯 洛林 诺曼底 布列塔尼 普罗旺斯 勃艮第 加泰罗尼亚 巴斯克 安达卢西亚 加利西亚 伦巴第
 托斯卡纳 皮埃蒙特 撒丁 萨克森 图林根 勃兰登堡 黑森 巴登—符腾堡 北莱茵—威斯特法伦 石勒苏益格
 蒂罗尔 佛兰德 弗兰德 瓦隆 波希米亚 摩拉维亚 特兰西瓦尼亚 达尔马提亚 斯拉沃尼亚 东斯拉沃尼亚
 伏伊伏丁那 黑塞哥维那 波斯尼亚 色雷斯 伯罗奔尼撒 克里特 阿尔斯特 康沃尔 约克郡 伊斯特拉
 阿拉伯 库尔德 库尔德斯坦 美索不达米亚 安纳托利亚 南黎巴嫩 戈兰 西奈 内盖夫 汉志 旁遮普 克什米尔
 查谟 锡金 阿萨姆 泰米尔纳德 喀拉拉 古吉拉特 比哈尔 拉贾斯坦 信德 俾路支 俾路支斯坦 瓦济里斯坦
 达尔富尔 科尔多凡 比夫拉 卡坦加 夸祖鲁—纳塔尔 纳塔尔 德兰士瓦 奥兰治 西撒哈拉 萨赫勒 马格里布
 东非 非洲之角 大湖地区 恰帕斯 尤卡坦 巴塔哥尼亚 亚马孙 中美洲 中东欧 东南欧 中南欧 南部非洲
 波斯 暹罗 锡兰 高棉 法兰西 德意志 美利坚 大不列颠 不列颠 英伦三岛 
 南非共和国 民主刚果 刚果民主共和国 中非共和国 多米尼加共和国 捷克共和国 蒙古国 巴勒斯坦国
 俄罗斯联邦 美利坚合众国 大韩民国 联合王国 梵蒂冈 摩纳哥 列支敦士登 圣马力诺 安道尔 马绍尔群岛
 密克罗尼西亚 所罗门群岛 新喀里多尼亚 法属波利尼西亚 塔希提 西萨摩亚 波多黎各 百慕大 巴哈马 格林纳达
 特立尼达和多巴哥 巴巴多斯 圣卢西亚 安提瓜和巴布达 多米尼克 圣基茨和尼维斯 伯利兹 土库曼 乌兹别克
 """
 /// More of the world's cities (beyond the capitals of PlaceLexicon.worldCities).
 static let cities = """
 珀斯 霍巴特 黄金海岸 纽卡斯尔 卧龙岗 但尼丁 努美阿 苏瓦 莫尔兹比港 阿皮亚 努库阿洛法 霍尼亚拉
 里贾纳 萨斯卡通 里士满 诺福克 夏洛特 奥兰多 坦帕 杰克逊维尔 圣安东尼奥 奥斯汀 埃尔帕索 菲尼克斯
 图森 阿尔伯克基 盐湖城 圣何塞 萨克拉门托 火奴鲁鲁 辛辛那提 印第安纳波利斯 密尔沃基 奥马哈 孟菲斯
 纳什维尔 路易斯维尔 布法罗 奥尔巴尼 哈特福德 纽黑文 普罗维登斯 代顿 托莱多 好莱坞 比弗利山 帕萨迪纳
 华尔街 百老汇 伯克利 帕洛阿尔托 关塔那摩 珍珠港 蒂华纳 阿卡普尔科 韦拉克鲁斯 普埃布拉 马那瓜
 特古西加尔巴 圣萨尔瓦多 危地马拉城 巴拿马城 太子港 圣多明各 金斯敦 西班牙港 乔治敦 帕拉马里博
 卡宴 马拉开波 卡塔赫纳 苏克雷 里约 福塔莱萨 贝伦 马瑙斯 库里蒂巴
 凡尔赛 枫丹白露 加来 敦刻尔克 勒阿弗尔 瑟堡 蒙彼利埃 阿维尼翁 格勒诺布尔 阿尔贝维尔 多特蒙德 埃森
 杜伊斯堡 亚琛 美因茨 威斯巴登 海德堡 曼海姆 卡尔斯鲁厄 奥格斯堡 雷根斯堡 开姆尼茨 马格德堡 罗斯托克
 吕贝克 耶拿 魏玛 爱尔福特 维罗纳 帕多瓦 锡耶纳 卡塔尼亚 墨西拿 卡利亚里 马拉加 格拉纳达
 萨拉戈萨 潘普洛纳 圣塞瓦斯蒂安 谢菲尔德 阿伯丁 邓迪 卡迪夫 斯旺西 伦敦德里 南安普敦 朴次茅斯
 普利茅斯 多佛尔 科克 根特 布鲁日 列日 乌得勒支 马斯特里赫特 埃因霍温 蒙特勒 格拉茨 林茨 雷克雅未克
 罗兹 波兹南 弗罗茨瓦夫 康斯坦察 瓦尔纳 诺维萨德 波德戈里察 普里什蒂纳 莫斯塔尔 图兹拉 斯雷布雷尼察
 巴尼亚卢卡 斯普利特 杜布罗夫尼克 武科瓦尔 都拉斯 比雷埃夫斯 哈尔科夫 利沃夫 顿涅茨克 基希讷乌 苏呼米
 格罗兹尼 马哈奇卡拉 哈萨维尤尔特 阿克莫拉 卡拉干达 奇姆肯特 费尔干纳 安集延 纳曼干 苏莱曼尼亚
 埃尔比勒 纳杰夫 卡尔巴拉 提克里特 库姆 大不里士 阿巴丹 麦地那 达兰 荷台达 塔伊兹 拉马拉 汗尤尼斯
 提尔 赛达 巴尔贝克 拉塔基亚 埃拉特 沙姆沙伊赫 亚穆苏克罗 库马西 卡诺 伊巴丹 布拉瓦约 索韦托
 金伯利 阿鲁沙 斋浦尔 勒克瑙 帕特纳 阿默达巴德 浦那 坎普尔 那格浦尔 瓦拉纳西 阿姆利则 昌迪加尔
 斯利那加 拉瓦尔品第 费萨拉巴德 木尔坦 库尔纳 康提 贾夫纳 亭可马里 博卡拉 蓝毗尼 日惹 三宝垄 望加锡
 巨港 亚齐 帝力 安汶 沙巴 沙捞越 古晋 亚庇 怡保 槟榔屿 兰卡威 碧瑶 苏比克 三宝颜 勃固 毛淡棉 琅勃拉邦
 沙湾拿吉 暹粒 吴哥 西哈努克城 马德望 头顿 大叻 芹苴 合艾 宋卡 呵叻 华欣 函馆 小樽 旭川 盛冈 宇都宫
 前桥 甲府 滨松 姬路 尼崎 西宫 四日市 北九州 那霸 名护 嘉手纳 普天间 横须贺 下关 蔚山 水原
 板门店 开城 新义州 咸兴 南浦 元山 罗津
 """
 /// Mountains, ranges, rivers, lakes, seas, straits, gulfs, islands, deserts and plains
 /// of the world.
 static let worldFeatures = """
 喜马拉雅 喜马拉雅山脉 阿尔卑斯 阿尔卑斯山脉 安第斯山脉 落基山脉 乌拉尔山 乌拉尔山脉 高加索山
 阿特拉斯山 比利牛斯山 亚平宁 喀尔巴阡山 兴都库什 帕米尔 帕米尔高原 喀喇昆仑 喀喇昆仑山 乞力马扎罗
 勃朗峰 麦金利山 阿空加瓜 尼罗河 密苏里河 圣劳伦斯河 科罗拉多河 育空河 格兰德河 顿河 第聂伯河 德涅斯特河
 易北河 奥得河 维斯瓦河 卢瓦尔河 罗讷河 台伯河 波河 鄂毕河 叶尼塞河 勒拿河 阿穆尔河 湄南河 伊洛瓦底江
 萨尔温江 印度河 布拉马普特拉河 约旦河 赞比西河 林波波河 奥兰治河 墨累河 奥里诺科河 拉普拉塔河 巴拉那河
 贝加尔湖 咸海 巴尔喀什湖 伊塞克湖 维多利亚湖 坦噶尼喀湖 马拉维湖 乍得湖 苏必利尔湖 密歇根湖 休伦湖
 伊利湖 安大略湖 的的喀喀湖 博登湖 死海 加利利湖 太巴列湖 琵琶湖 洞里萨湖 波罗的海 白海
 鄂霍次克海 白令海 爪哇海 苏禄海 阿拉伯海 安达曼海 珊瑚海 塔斯曼海 马尾藻海 爱琴海 爱奥尼亚海
 第勒尼安海 马尔马拉海 亚速海 北海道 新加坡海峡 巽他海峡 龙目海峡 曼德海峡 多佛尔海峡 博斯普鲁斯海峡
 达达尼尔海峡 黑海海峡 白令海峡 麦哲伦海峡 朝鲜海峡 对马海峡 津轻海峡 宗谷海峡 莫桑比克海峡 亚丁湾
 墨西哥湾 泰国湾 暹罗湾 阿拉斯加湾 几内亚湾 比斯开湾 东京湾 阿卡巴湾 亚喀巴湾 苏伊士湾 哈德逊湾
 大不列颠岛 爱尔兰岛 西西里岛 撒丁岛 科西嘉岛 克里特岛 苏拉威西 巴厘 帝汶 新几内亚 伊里安查亚 琉球
 北方四岛 复活节岛 加拉帕戈斯 火地岛 苏梅岛 普吉岛 兰卡威岛 长岛 撒哈拉沙漠 戈壁 卡拉哈里 阿拉伯沙漠
 内盖夫沙漠 西奈半岛 克里米亚半岛 科拉半岛 堪察加半岛 朝鲜半岛 马来半岛 印度半岛 南亚次大陆 小亚细亚
 伊比利亚 亚平宁半岛 巴尔干半岛 斯堪的纳维亚半岛 日德兰半岛 拉布拉多 阿拉斯加半岛 佛罗里达半岛
 尤卡坦半岛 五大湖 大峡谷 尼亚加拉 尼亚加拉瀑布 维多利亚瀑布 伊瓜苏 亚马孙平原 潘帕斯 东非大裂谷
 西伯利亚 南极洲 北冰洋 麦加
 """
 /// Mountains, lakes, rivers, gorges, passes, gulfs, peninsulas, islands and historic
 /// regions of China.
 static let chinaFeatures = """
 衡山 恒山 嵩山 祁连山 阿尔泰山 阴山 贺兰山 六盘山 吕梁山 中条山 王屋山 伏牛山 桐柏山 巴山 大巴山 米仓山
 武陵山 雪峰山 南岭 五岭 罗霄山 武功山 戴云山 天目山 莫干山 天台山 括苍山 四明山 会稽山 沂蒙山 沂蒙
 沂山 崂山 医巫闾山 燕山 军都山 梵净山 苗岭 乌蒙山 哀牢山 无量山 高黎贡山 横断山 玉龙雪山 梅里雪山
 贡嘎山 四姑娘山 唐古拉山 念青唐古拉山 冈底斯山 喀喇昆仑山 珠峰 希夏邦马峰 慕士塔格峰 博格达峰 完达山
 张广才岭 老爷岭 八达岭 居庸关 山海关 玉门关 阳关 雁门关 娘子关 剑门关 函谷关 潼关 大青山 太行 太岳
 洪泽湖 巢湖 洱海 抚仙湖 玄武湖 千岛湖 纳木错 色林错 羊卓雍错 呼伦湖 兴凯湖 镜泊湖 天池 博斯腾湖
 罗布泊 赛里木湖 微山湖 南四湖 骆马湖 高邮湖 衡水湖 乌梁素海 查干湖 日月潭 乌苏里江 图们江 鸭绿江
 怒江 金沙江 汉水 资江 澧水 抚河 信江 富春江 新安江 瓯江 椒江 甬江 曹娥江 秦淮河 西江 北江 东江
 柳江 红水河 南盘江 北盘江 泾河 洛河 伊河 沁河 漳河 滹沱河 潮白河 拒马河 大清河 子牙河 黄浦江 苏州河
 塔里木河 伊犁河 额尔齐斯河 疏勒河 石羊河 大凌河 浑河 太子河 丹江 香江 湘江 淮河 松花湖
 瞿塘峡 巫峡 西陵峡 虎跳峡 刘家峡 青铜峡 龙羊峡 李家峡 毛乌素 库布齐 巴丹吉林 古尔班通古特
 北大荒 渤海湾 辽东湾 莱州湾 胶州湾 杭州湾 大亚湾 大鹏湾 深圳湾 北部湾 辽东半岛 山东半岛 胶东半岛
 雷州半岛 九龙半岛 崇明岛 长山群岛 万山群岛 澎湖 澎湖列岛 金门 马祖 鼓浪屿 东山岛 南澳岛 涠洲岛
 东沙群岛 中沙群岛 黄岩岛 永兴岛 香港岛 大屿山 琼州海峡 渤海海峡 京城 陕北 苏南 冀中 冀西 冀北 豫北
 鲁北 鲁东 浙北 浙中 皖中 赣北 赣西 鄂北 鄂南 湘北 湘东 湘西北 黔北 滇中 川中 桂南 桂西 
 晋西北 苏中 江汉平原 成都平原 关中平原 河套 河套平原 松嫩平原 三江平原 辽河平原
 """

 /// Every name to read as a place of the given class, the suffixed variants spelled out.
 static var statesAndProvinces: [String] {
 var names: [String] = []
 func add(_ list: String, bare: Bool, suffix: String) {
 for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
 if bare { names.append(String(word)) }
 names.append(String(word) + suffix)
 }
 }
 add(usStates, bare: true, suffix: "州")
 add(usStatesNeedingSuffix, bare: false, suffix: "州")
 add(canadianProvinces, bare: true, suffix: "省")
 add(australianStates, bare: true, suffix: "州")
 add(australianStatesNeedingSuffix, bare: false, suffix: "州")
 add(japanesePrefectures, bare: true, suffix: "县")
 names += japanesePrefecturesNeedingSuffix.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
 return names
 }
}
