import Foundation

/// One release of a record with personal data, as its person sees it: when, by whom (the reader's roles, category and
/// agency, or the grant their key was bound to), through which MyGDX client, and which record.
public struct PersonalRead: Sendable, Equatable {
    public let at: Date
    /// `user:<id>` of the reader.
    public let actor: String
    public let category: String?
    /// The reader's roles (`DATA_CONTROLLER;ADMIN`), or `grant N` for a grant key.
    public let roles: String?
    /// The reader's agency (a ministry or agency code), when the user has one.
    public let agency: String?
    public let uxpClient: String?
    public let dataset: String
    public let recordID: String

    public init(
        at: Date, actor: String, category: String?, roles: String?, agency: String?, uxpClient: String?, dataset: String, recordID: String
    ) {
        self.at = at
        self.actor = actor
        self.category = category
        self.roles = roles
        self.agency = agency
        self.uxpClient = uxpClient
        self.dataset = dataset
        self.recordID = recordID
    }
}

/// The records with personal data one request released, noted with its audit entry.
public struct PersonalRelease: Sendable, Equatable {
    public let dataset: String
    public let recordIDs: [String]

    public init(dataset: String, recordIDs: [String]) {
        self.dataset = dataset
        self.recordIDs = recordIDs
    }
}
