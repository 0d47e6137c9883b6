/// Characters of Chinese given names (general knowledge of naming practice), and
/// characters that practically never stand in one (function words, units, posts): the
/// evidence that tells 王连志 from 王国 or 张开.
enum GivenNameLexicon {
    static let frequent = """
    伟 刚 勇 毅 俊 峰 强 军 平 保 东 文 辉 力 明 永 健 世 广 志 义 兴 良 海 山 仁 波 宁 贵 福
    生 龙 元 全 国 胜 学 祥 才 发 武 新 利 清 飞 彬 富 顺 信 子 杰 涛 昌 成 康 星 光 天 达 安
    岩 中 茂 进 林 有 坚 和 彪 博 诚 先 敬 震 振 壮 会 思 群 豪 心 邦 承 乐 绍 功 松 善 厚 庆
    磊 民 友 裕 河 哲 江 超 浩 亮 政 谦 亨 奇 固 之 翰 朗 伯 宏 言 若 鸣 朋 斌 梁 栋 维 启 克
    伦 翔 旭 鹏 泽 晨 辰 士 以 建 家 致 树 炎 德 行 泰 盛 雄 琛 钧 冠 策 腾 楠 榕 风 航 弘 秀
    娟 英 华 慧 巧 美 娜 静 淑 惠 珠 翠 雅 芝 玉 萍 红 娥 玲 芬 芳 燕 彩 春 菊 兰 凤 洁 梅 琳
    素 云 莲 真 环 雪 荣 爱 妹 霞 香 月 莺 媛 艳 瑞 凡 佳 嘉 琼 勤 珍 贞 莉 桂 娣 叶 璐 娅 琦
    晶 妍 茜 秋 珊 莎 锦 黛 青 倩 婷 姣 婉 娴 瑾 颖 露 瑶 怡 婵 雁 蓓 仪 荷 丹 蓉 眉 君 琴 蕊
    薇 菁 梦 岚 婕 馨 琰 韵 融 艺 咏 卿 聪 澜 纯 毓 悦 昭 冰 爽 琬 茗 羽 希 欣 育 滢 馥 筠 柔
    竹 凝 晓 欢 霄 枫 芸 菲 亚 宜 舒 荔 丽 阳 妮 宝 贝 程 罡 恒 鸿 桦 骅 剑 娇 纪 宽 灵 琪 晴
    容 睿 烁 堂 唯 威 韦 雯 萱 彦 宇 雨 洋 忠 宗 曼 紫 逸 贤 蝶 菡 小 轩 占 昆 锡 铭 钢 铁 金
    银 根 柱 财 旺 炳 祖 道 仲 叔 孝 廷 玺 瑜 璋 琨 玮 炜 烨 焕 煜 熙 耀 晖 昊 昕 晟 晋 景 曦
    朝 杭 柏 桐 森 棠 楷 樟 正 殿 汉 汝 沛 沐 泉 法 洪 洲 济 润 涌 淳 淼 渊 源 溪 滨 潮 澄 炯
    牧 珂 璞 甫 田 畅 登 皓 盈 硕 碧 祯 禄 禹 秉 科 秦 稳 立 章 童 笃 筱 纲 绪 继 群 翼 耕 肃
    臣 舟 芃 苗 范 莹 葆 蔚 蕴 虎 虹 衍 誉 谊 贺 赋 跃 载 迎 远 迪 逵 遥 钦 钰 铎 锋 锐 镇 长
    闯 阔 陵 隆 雷 霆 靖 韬 颂 飙 骏 魁 鹤 麒 黎 鼎 齐 汀 沅 湘 滔 澍 灿 焱 熠 燮 玖 珏 琦 瑛
    瑶 璇 甜 益 盼 真 睿 祺 秀 笛 篮 耘 聿 芙 苹 茵 荃 莘 菀 萌 蓬 蔓 薪 藻 蕾 虔 裳 谨 豫 赞
    越 辅 迅 邑 郎 醇 钊 铮 锟 镕 闽 阁 陶 雍 霖 霏 韧 顷 馨 驰 骥 鲁 鸥 鹰 麟 黔 儒 允 兆 光
    克 兵 典 凯 函 勋 卫 厚 双 吉 同 君 启 咸 品 唐 喜 坤 城 培 基 堃 塞 增 士 壹 夫 奎 如
    妙 姗 娉 婧 媚 宪 宾 寅 寿 尧 崇 嵘 川 巍 帆 希 平 年 庚 延 弛 彤 征 律 得 徽 忆 恩 恺 悟
    惜 慈 懋 成 战 扬 拓 持 振 捷 敏 斐 新 旗 昀 春 显 晗 普 智 曙 望 杉 杨 材 杏 极 标 根 桃
    梓 楚 槐 欧 歆 毅 民 永 汐 沙 河 治 泓 波 浪 海 涵 淦 深 湖 溢 滕 漪 澈 激 焰 然 煌 熊 燕
    爱 牛 犁 献 玄 玥 环 珍 琅 琛 瑾 璟 甄 留 发 皓 盛 真 督 石 研 砚 磐 礼 社 祥 福 秋 穗 空
    端 笑 符 策 简 粤 素 红 纬 练 绮 绿 缘 罗 美 羚 翀 翠 耀 聚 胤 至 舜 艳 节 芦 芬 苏 茂 荣
    莉 莎 菊 萍 葵 蒙 蓉 蔡 蕙 藩 蘅 衡 补 西 觉 许 诗 诺 豪 贤 资 赛 赤 路 辉 迈 逊 遂 邵
    郁 酉 钟 铃 银 锦 镜 门 闻 阑 陆 雄 集 雯 霜 震 静 非 韩 顺 飞 香 馥 驹 高 鸾 鹃 麦 黄 默
    一 二 三 四 五 六 七 八 九 十 百 万 亿
    """
    /// Characters that end a name candidate: no given name contains them.
    static let never = """
    的 了 着 过 在 是 与 及 等 说 也 都 就 而 被 把 将 从 对 为 于 到 这 那 其 个 们 年 月 日
    号 时 省 市 县 区 乡 镇 村 委 部 局 厅 处 办 记 者 员 各 每 该 本 此 些 么 吗 呢 吧 啊
    已 曾 又 再 还 只 很 最 更 太 均 共 总 要 能 应 需 让 使 给 叫 请 没 不 无 非 未 否 所
    由 因 如 若 虽 但 却 并 且 或 至 向 即 后 前 里 内 外 间 去 做 作 地 得 我 你 他 她 它
    咱 您 谁 啥 哪 怎 个 件 位 名 条 项 次 回 届 期 份 种 类 批 场 座 家 户 人 主 席 书 长
    理 任 兼 免 率 同 和 跟 以 及 会 见 称 表 示 指 出 强 调 认 介 绍 告 诉 问 答 看 听 想
    要 只 第 元 米 吨 斤 亩 岁 点 分 秒 度 倍 % 副 摄 姓 几
    """
    /// Name characters that also stand alone as everyday words (中, 国, 有, 和, 新):
    /// a lone one after a surname is more often a word than a two-character name.
    static let weak = """
    中 国 有 和 会 心 新 发 文 成 天 达 安 全 平 生 先 之 以 正 同 行 家 学 道 长 小 大 上 下
    子 开 明 光 兴 东 西 南 北 山 水 海 河 金 银 石 田 林 木 高 方 立 元 义 理 利 和 德 信
    """
    /// Characters that may stand inside a given name (家 in 王家明) but never end one:
    /// after a name they are the next word (来到王某家, 王某们, 王某等人, 王某里).
    static let neverLast = """
    家 里 们 等 时 处 旁 边 后 前 间 上 下 的 了 着 过 说 讲 称 道 去 来 在 是 和 与 及 又 也 都
    """
    /// Last characters of places, teams, brands and kinds rather than of given names
    /// (马头崖, 许家坝, 申花队, 某某牌, 范式化): a name without a cue does not end on them.
    static let nonNameFinals = """
    寨 崖 湾 坝 屯 崮 沟 峪 堡 洼 岗 坡 垭 坪 塘 庙 桥 渡 营 店 镇 村 庄 乡 县 市 省 区 街 巷 路
    牌 队 式 化 性 型 界 派 党 警 族 剧 馆 场 站 厂 矿 局 所 院 校 社 团 组 班 户 款 类 票 证 费
    窟 岛 宫 寺 洞 园 楼 阁 殿 塔 业 戏 奖 印 卡 灶
    写 拿 用 倾 骑 拉 盗 砍 熬 赚 探 招 按 加 终 受 则 饰 抓 打 送 找 买 卖 吃 喝 走 跑 坐 住 穿 戴
    挂 放 提 握 抱 接 递 读 念 唱 跳 画 种 养 修 造 干 搞 办 管 领 派 叫 教 问 答 听 想 可 该 须
    仍 才 便 即 亦 乃
    """
}
