/// Foreign names written with the characters of Chinese transliteration (卡斯帕罗夫,
/// 阿拉法特, 内塔尼亚胡), offered to the best path as one word: no word list holds every
/// foreign name, and without this the path cuts them into pieces it knows (卡斯/帕/罗夫).
/// A span is a run of three or more transliteration characters holding at least one that
/// native words rarely use (斯, 尔, 夫 ...); the path still compares it with the lexicon's
/// words, so 俄罗斯 or 阿拉伯 come out as they are.
enum TransliterationSpan {
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 65536)
        // Characters common in transliterations (also in native words).
        for unit in "阿埃艾安昂奥巴拜班邦贝本比波伯博布查达戴丹德迪蒂丁杜多厄恩法菲费芬弗福伏盖冈戈格贡古哈汉豪赫亨胡霍基吉加杰卡凯坎科克肯库拉莱赖兰朗劳勒雷里利莉列林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米密姆默穆纳娜奈内尼宁纽诺欧帕潘佩彭皮珀普奇齐乔琼萨塞桑瑟森沙什施舒斯苏索塔泰坦汤特提托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊尤约泽扎詹尔夫妮丽".utf16 {
            table[Int(unit)] = 1
        }
        // Characters native words rarely use: one of them marks a run as a foreign name.
        for unit in "斯尔夫罗卡帕娜莉琳妮蒂埃奥伊阿弗赫霍瑟泽詹扎姆诺纽珀佩".utf16 { table[Int(unit)] = 2 }
        return table
    }()

    @inline(__always)
    static func mayStart(_ unit: UInt16) -> Bool { table[Int(unit)] != 0 }

    /// The length of the foreign name starting at `start`, or 0.
    static func length(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> Int {
        var end = start
        var marked = false
        while end < limit {
            let mark = table[Int(text[end])]
            if mark == 0 { break }
            if mark == 2 { marked = true }
            end += 1
        }
        return end - start >= 3 && marked ? end - start : 0
    }
}
