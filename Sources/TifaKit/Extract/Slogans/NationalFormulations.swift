/// Widely known national formulations, so that an issue which uses one without quotation
/// marks (推进两学一做学习教育) is still counted. General knowledge of Chinese political
/// language, not a list of any issue's slogans: tifa finds those itself from quotation
/// marks and the shapes of numbered phrases. Users add their own with `--slogans FILE`.
public enum NationalFormulations {
    /// One formulation per line: `text category`.
    public static let data = """
    四个意识 numbered
    四个自信 numbered
    两个维护 numbered
    两个确立 numbered
    四个全面 numbered
    五位一体 numbered
    三严三实 numbered
    两学一做 numbered
    三会一课 numbered
    八项规定 numbered
    四风 numbered
    四个服从 numbered
    四个伟大 numbered
    三个代表 numbered
    两个一百年 numbered
    八八战略 numbered
    十三五 numbered
    十四五 numbered
    十五五 numbered
    三去一降一补 numbered
    一带一路 numbered
    五大发展理念 numbered
    四个合格 numbered
    四讲四有 numbered
    四种形态 numbered
    一岗双责 numbered
    三重一大 numbered
    三个有利于 numbered
    四个坚持 numbered
    四项基本原则 numbered
    一个中心两个基本点 numbered
    两个务必 numbered
    三大攻坚战 numbered
    六稳 numbered
    六保 numbered
    三农 numbered
    两新 numbered
    两委 numbered
    两会 numbered
    两山 numbered
    五水共治 numbered
    三改一拆 numbered
    四个最 numbered
    四有 numbered
    三个必须 numbered
    两个责任 numbered
    一国两制 numbered
    四个现代化 numbered
    绿水青山就是金山银山 quoted
    最多跑一次 quoted
    放管服 quoted
    不忘初心、牢记使命 quoted
    中国梦 quoted
    """
}
