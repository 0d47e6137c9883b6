#!/usr/bin/env python3
"""Regenerates Sources/TifaKit/Extract/Lexicon/ChinaDivisionLexicon.swift: the names of
China's prefecture- and county-level divisions from GB/T 2260 (the national standard of
administrative division codes, revisions 2002-2013), as shipped in PyPI's package GB2260
0.4.1 (BSD licence; the code list itself is an official standard of the PRC).

usage: pip download --no-deps GB2260==0.4.1 -d /tmp/gb && \
       scripts/gen-place-gazetteer.py /tmp/gb/GB2260-0.4.1-py2.py3-none-any.whl

Processing (all of it here):
  1. every name of every revision (names of 1998 that later changed survive in the older
     revisions); placeholders (市辖区, 县, 省直辖...) and provinces are skipped.
  2. the suffix is cut (县 市 区 旗 盟 地区 自治县 ..., and the peoples before 自治: 白沙黎族
     自治县 -> 白沙); a two-character suffix only when two characters stay (清新区 -> 清新).
  3. a stem is read bare (张北, 沁源) when it is no word of the general vocabulary
     (Sources/CGeneralLexicon, the tokenizer's dictionary) and not made of generic parts
     (东市, 北关, 城厢), or when PLACE_WORDS below (written by hand: stems of that vocabulary
     that are only places, 顺德, 海淀) lists it; any other stem (和平, 朝阳, 新华) is a
     place only with its suffix (和平区).
  4. a one-character stem (费县, 沁县) is kept as the whole name, unless the name is an
     everyday phrase (新县城, 市和县, 科技兴县: NOT_WHOLE).
"""
import ast, os, re, sys, zipfile

PEOPLES = """壮族 回族 维吾尔族 藏族 苗族 彝族 土家族 蒙古族 满族 侗族 瑶族 白族 哈尼族 哈萨克族 傣族 黎族
傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族
毛南族 仡佬族 锡伯族 阿昌族 普米族 朝鲜族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族
京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 布依族 各族""".split()
SUFFIXES = ['自治县', '自治旗', '自治州', '林区', '矿区', '新区', '特区', '地区', '县', '市', '区', '旗', '盟']
# Stems the general vocabulary lists that name only a place (cities, districts, counties
# known to every reader), written by hand.
PLACE_WORDS = """
北京 上海 深圳 广州 南京 杭州 成都 重庆 武汉 天津 西安 苏州 厦门 青岛 大连 河南 长沙 海南 宁波 济南 郑州
福州 河北 昆明 东莞 温州 无锡 哈尔滨 合肥 珠海 长春 沈阳 浦东 南昌 南宁 桂林 太原 兰州 扬州 佛山 洛阳 石家庄
常州 海口 烟台 丽江 徐州 三亚 拉萨 绍兴 贵阳 泉州 南通 汕头 威海 唐山 乌鲁木齐 海淀 昆山 汶川 嘉兴 惠州 金华
延安 福田 义乌 绵阳 台州 顺德 柳州 镇江 武昌 保定 宜昌 开封 大庆 九寨沟 秦皇岛 湛江 香格里拉 江门 番禺 潍坊
九江 松江 邯郸 南阳 芜湖 敦煌 张家界 连云港 包头 西宁 淄博 湖州 荆州 黄石 常德 宝山 闵行 襄樊 都江堰 潮州
漳州 临沂 衡阳 江阴 鞍山 萧山 乐山 常熟 银川 昌平 舟山 廊坊 湘西 株洲 南开 宝安 嘉定 盐城 岳阳 安庆 宝鸡
咸阳 武夷山 韶关 北戴河 阳朔 黄埔 晋江 泰州 海宁 罗湖 肇庆 承德 锦州 宜宾 湘潭 张家港 泰安 德阳 清远 宿迁
济宁 呼和浩特 虹口 汉中 淮安 井冈山 泸州 天水 丰台 安阳 丽水 花都 茂名 赣州 莆田 江宁 玉林 马鞍山 崇明 文昌
龙岗 淮南 抚顺 怀化 青浦 徐汇 梅州 阳江 金门 杨浦 阜阳 慈溪 新乡 郴州 瑞安 丹东 喀什 临安 太仓 衢州 怀柔
蚌埠 南充 遵义 瑞丽 蓬莱 南汇 安吉 北川 永康 景德镇 塘沽 焦作 东营 玉溪 河源 丹阳 顺义 宜兴 襄阳 吴江 沧州
余姚 永州 自贡 赤壁 信阳 峨眉山 静安 菏泽 牡丹江 阜新 齐齐哈尔 延边 攀枝花 平湖 龙岩 十堰 张家口 北仑 诸暨
广元 崂山 邢台 婺源 营口 奉贤 石景山 西双版纳 密云 赤峰 东阳 徽州 鼓浪屿 石狮 荆门 邵阳 益阳 雅安 聊城 闸北
许昌 汉阳 运城 淮北 梧州 榆林 葫芦岛 鄂尔多斯 巫山 乐清 山海关 福清 万州 三门峡 宿州 巢湖 平顶山 铜陵 本溪
台山 百色 商丘 瑞金 酒泉 衡水 广安 铁岭 揭阳 余杭 内江 濮阳 临汾 曲阜 杨凌 辽阳 上饶 枣庄 佳木斯 越秀 达州
吐鲁番 澄海 温江 镇海 宁海 玉环 韶山 恩施 平遥 黄冈 延庆 涪陵 长治 启东 海珠 六安 富阳 滨州 增城 曲靖 秦淮
兖州 汕尾 房山 金坛 温岭 和田 沙坪坝 宜春 孝感 阿坝 钦州 娄底 康定 克拉玛依 黄岩 滁州 盘锦 平度 靖江 上虞
平谷 安溪 双流 桐乡 遂宁 抚州 青州 哈密 绵竹 宣武 浏阳 海门 格尔木 神农架 莱芜 嘉善 延吉 泰兴 江陵 从化
黄浦 周口 萍乡 宜兴 江都 高邮 姜堰 如东 海安 句容 溧阳 宜良 嘉峪关 张掖 武威
"""
# Stems outside that vocabulary still made of generic parts (a direction, 城, 关, 站 ...):
# read only with their suffix.
GENERIC = set('东西南北中上下前后左右内外新老城郊关站市区门桥塔厢')
# Stems outside that vocabulary that are everyday words or phrases all the same (ICU's
# dictionary knows many of them: 万全, 开化, 江口, 甘泉), written by hand.
NOT_BARE = set("""东乡族 向阳 大安 太和 安平 和顺 兴和 大新 大宁 安国 城口 城阳 大城 团风 大化 安化 兴安 宁安 安定
长安 大同 全南 双清 大通 合山 永和 平安 东安 和平 建设 大方 永兴 平和 安仁 安西 同德 太康 安福 五华 仁和
共和 兴国 会同 大余 大埔 兴文 新华 富民 惠民 长兴 兴业 安宁 清河 三元 同心 大观 新安 长寿 和政 和静
万全 五常 天长 平川 平顺 开化 故城 江口 湖口 灵台 甘泉 白塔 石鼓 荷塘 铜鼓 升平 清流 石棉 新田 道里 神木
星子 立山 金塔 石城 长岛 明山 万年 台前 黑水 交口 永年 长白 江洲 新平 新丰 金明 花山 石台 罗城""".split())
NOT_WHOLE = set('矿区 东区 城区 西区 郊区 新县 和县 兴县 富县 古县 开县 范县 新林区 永新区 大县 本县'.split())


def general_vocabulary(root):
    src = open(os.path.join(root, 'Sources/CGeneralLexicon/general_lexicon.c'), encoding='utf-8').read()
    return {w for w, _ in re.findall(r'([^\\"n\t]+)\\t(\d+)\\n', src)}


def load(wheel):
    with zipfile.ZipFile(wheel) as z:
        text = z.read('gb2260/data.py').decode('utf-8')
    return ast.literal_eval(text[text.index('{'):])


def stem_of(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= (2 if len(suffix) > 1 else 1):
            stem = name[:-len(suffix)]
            if suffix.startswith('自治'):
                changed = True
                while changed:
                    changed = False
                    for p in sorted(PEOPLES, key=len, reverse=True):
                        if stem.endswith(p) and len(stem) > len(p):
                            stem, changed = stem[:-len(p)], True
            return stem
    return None


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    data = load(sys.argv[1])
    vocabulary = general_vocabulary(root)
    place_words = set(PLACE_WORDS.split())
    bare, suffixed, whole = set(), set(), set()
    for revision in data.values():
        for name in revision.values():
            if any(x in name for x in ('直辖', '市辖', '群岛')) or name.endswith('省') or name in ('县', '区', '市'):
                continue
            stem = stem_of(name)
            if not stem:
                continue
            if len(stem) == 1:
                if name not in NOT_WHOLE:
                    whole.add(name)
            elif stem in place_words or (stem not in vocabulary and stem not in NOT_BARE
                                         and not all(c in GENERIC for c in stem)):
                bare.add(stem)
            else:
                suffixed.add(stem)
    suffixed -= bare

    def block(words):
        words = sorted(words)
        lines = [' '.join(words[k:k + 20]) for k in range(0, len(words), 20)]
        return '\n'.join('    ' + l for l in lines)

    out = f'''// Generated by scripts/gen-place-gazetteer.py from GB/T 2260 (revisions 2002-2013, as shipped
// in PyPI's GB2260 0.4.1, BSD licence). Do not edit by hand: edit the script and rerun it.

/// China's prefecture- and county-level divisions (GB/T 2260), so that a county the
/// hand-written lists never name (张北, 沁源, 费县) is still a place.
enum ChinaDivisionLexicon {{
    /// Stems read bare or with their suffix: no everyday word (张北, 沁源, 顺德).
    static let bareStems = """
{block(bare)}
    """
    /// Stems that are also everyday words (和平, 朝阳, 新华): places only with a suffix.
    static let suffixedStems = """
{block(suffixed)}
    """
    /// Whole names on a one-character stem (费县, 沁县): read only whole.
    static let wholeNames = """
{block(whole)}
    """
}}
'''
    path = os.path.join(root, 'Sources/TifaKit/Extract/Lexicon/ChinaDivisionLexicon.swift')
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write(out)
    os.replace(path + '.tmp', path)
    print(f'{len(bare)} bare stems, {len(suffixed)} stems needing a suffix, {len(whole)} whole names -> {path}')


if __name__ == '__main__':
    main()
