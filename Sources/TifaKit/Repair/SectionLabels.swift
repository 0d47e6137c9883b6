/// Names of the running section labels (栏目) that Party and government magazines print
/// on every page of a section. General knowledge of the genre, not taken from any issue;
/// labels missing here are still found when they repeat within an issue.
public enum SectionLabels {
    public static let known: Set<String> = [
        "卷首语", "卷首", "本期关注", "本期聚焦", "特别关注", "特别策划", "特别报道", "特稿", "本刊特稿",
        "本刊专稿", "专稿", "专题", "专题报道", "封面故事", "高层吹风", "高层声音", "高层动态", "要闻",
        "时政要闻", "大事聚焦", "大事记", "聚焦", "焦点", "热点关注", "关注", "人才工作", "人才天地",
        "一线采风", "基层采风", "基层动态", "基层党建", "基层风采", "基层传真", "调研报告", "调查研究",
        "调研与思考", "政策解读", "政策法规", "文件选编", "学习心得", "学习园地", "心得体会", "理论学习",
        "理论探索", "理论前沿", "党建研究", "党建论坛", "工作研究", "工作交流", "经验交流", "经验介绍",
        "组工动态", "组工信息", "组织工作", "干部工作", "干部教育", "干部论坛", "党员教育", "党员风采",
        "先锋风采", "人物风采", "人物", "廉政建设", "清风廉韵", "他山之石", "读书", "书香", "图片新闻",
        "人事任免", "任前公示", "简讯", "信息快递", "言论", "评论", "时评", "短评", "观点", "声音",
    ]

    /// Scalars in the longest known label.
    static let longest = known.map { $0.unicodeScalars.count }.max() ?? 0

    /// True for text that is a known label.
    public static func isKnown(_ text: String) -> Bool { known.contains(text) }
}
