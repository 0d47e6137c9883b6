/// Measure words (量词) and units of measurement that follow a number: 三十五个, 3次, 5公里,
/// 21世纪, 90年代. Under the MSR standard (tifa's default) they join the number into one
/// quantity token; under the PKU standard they stay apart. The list is a grammar book's:
/// classifiers for people, things, events and times, and metric and Chinese units.
enum MeasureWord {
    /// One-character measure words (a number before them makes them a quantity).
    private static let single: [Bool] = {
        var table = [Bool](repeating: false, count: 65536)
        let units = "个位名项条件种类次回遍趟场届批份家户座所间栋幢层台部辆架艘只头匹棵株朵根支枝张本册卷篇页封首句段节章幅片块颗粒双对副套组群伙排行列道门顶把面口笔元角岁天周倍成米里斤克吨亩升度瓦伏期级轮集版处"
        for unit in units.utf16 { table[Int(unit)] = true }
        return table
    }()

    /// Units of two or three characters.
    private static let longer: [[UInt16]] = ["公里", "千米", "厘米", "毫米", "公斤", "千克", "公顷", "小时", "分钟", "世纪", "年代",
                                             "年度", "周年", "周岁", "平方米", "平方公里", "立方米", "千瓦", "千瓦时", "人次", "架次", "美元",
                                             "港元", "英镑", "欧元", "日元", "个月", "月份"].map { Array($0.utf16) }

    /// A one-character measure word.
    @inline(__always)
    static func isSingle(_ unit: UInt16) -> Bool { single[Int(unit)] }

    /// The length of a unit of two or more characters starting at `start` (ending by `end`), or 0.
    static func longerLength(_ text: UnsafeBufferPointer<UInt16>, at start: Int, end: Int) -> Int {
        var best = 0
        for unit in longer where unit.count <= end - start && unit.count > best {
            var matches = true
            for offset in 0..<unit.count where text[start + offset] != unit[offset] {
                matches = false
                break
            }
            if matches { best = unit.count }
        }
        return best
    }
}
