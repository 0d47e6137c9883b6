/// Characters that open a phrase before a name but never belong to a transliterated one
/// (自|拉吉夫·甘地, 书中|保尔·柯察金, 队内有|查理·曼德): a dotted name's first part does
/// not reach back over them. And the heads of a faction's or a people's name (谢里夫|派,
/// 普什图|族), which a transliterated name's tail does not end on.
enum PrepositionsBeforeNames {
    static let characters = EntityLexicon.scalarSet("自从向由有当令让叫请替跟同给中之即")
    static let groupHeads = EntityLexicon.scalarSet("派族人语党队国")
}
