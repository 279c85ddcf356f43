internal import CLibXML2

/// libxml2's process-wide state, set once before any other call.
///
/// libxml2 2.9 registers its XSD and RELAX NG datatypes lazily and not thread-safely,
/// so parallel first uses race (seen as "Relax-NG types library failed to register").
/// Every entry point of this module touches ``ready`` first.
enum LibXML {
    static var ready: Void {
        _ = initialized
        clibxml2_silence_generic_errors()
    }

    private static let initialized: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        xmlRelaxNGInitTypes()
        // Never fetch anything from the network, whatever a document or schema asks for.
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    }()

    /// Parser options for untrusted input: no network, no entity substitution, no
    /// external DTD, no diagnostics printed to stderr (they come through handlers).
    static let safeParseOptions: Int32 = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
}
