namespace Shian.Modules.Registration.Domain;

/// <summary>Where an application stands. Only a reviewer rejects; clean applications are approved at submission.</summary>
internal enum RegistrationStatus
{
    UnderReview,
    Approved,
    Rejected,
}

/// <summary>
/// Market-entity types the market regulator registers (市场主体类型), named as Operators names them. Their GB 32100
/// 机构类别 character is a rule row (<c>registration.entity_types</c>), not a literal.
/// </summary>
internal enum RegistrationEntityType
{
    /// <summary>企业</summary>
    Enterprise,

    /// <summary>个体工商户</summary>
    IndividualBusiness,

    /// <summary>农民专业合作社</summary>
    Cooperative,
}
