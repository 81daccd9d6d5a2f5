/// Who may manage identities (users and their API keys), one function per right, for the access policy to use.
///
///     guard IdentityRights.mayManageUsers(roles: user.roles) else { throw forbidden }
public enum IdentityRights {
    /// List users, disable and enable them.
    public static func mayManageUsers(roles: Set<Role>) -> Bool { roles.contains(.admin) }

    /// List any user's API keys, issue new ones and revoke them.
    public static func mayManageKeys(roles: Set<Role>) -> Bool { roles.contains(.admin) }
}
