/// The version of NewsGraph, as `newsgraph --version` prints it.
public enum NewsGraphVersion {
    /// Semantic version of the package.
    public static let string = "0.1.0"
}
