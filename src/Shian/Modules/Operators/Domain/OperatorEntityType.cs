namespace Shian.Modules.Operators.Domain;

/// <summary>Legal form of the market entity (市场主体类型).</summary>
internal enum OperatorEntityType
{
    /// <summary>企业</summary>
    Enterprise,

    /// <summary>个体工商户</summary>
    IndividualBusiness,

    /// <summary>农民专业合作社</summary>
    Cooperative,

    /// <summary>事业单位 / 机关（食堂等）</summary>
    PublicInstitution,
}

/// <summary>Whether the operator may trade.</summary>
internal enum OperatorStatus
{
    /// <summary>存续</summary>
    Active,

    /// <summary>停业</summary>
    Suspended,

    /// <summary>注销</summary>
    Closed,
}
