// libxml2 for DossierKit's sources: the HTML parser for pages and feed content, the streaming
// reader for feeds. Headers live in /usr/include/libxml2 (Debian libxml2-dev), found through
// pkg-config's libxml-2.0.
#ifndef DOSSIER_CXML2_SHIM_H
#define DOSSIER_CXML2_SHIM_H

// Debian's libxml2 is built with ICU: its headers would pull in the system's ICU headers, which
// clash with the ICU inside Foundation. Nothing here uses ICU converters (they only add fields at
// the end of xmlCharEncodingHandler, which Dossier never touches), so leave them out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

/// `xmlFree` is a global function pointer: Swift 6 cannot touch it safely, this can.
static inline void cxml_free(void *p) { if (p) xmlFree(p); }

/// Options for article pages: recover from bad markup, say nothing, never use the network.
static inline int cxml_html_options(void) {
    return HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
}

/// Options for feeds: no network, no entity substitution, no DTD loading, no messages on stderr.
static inline int cxml_feed_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

#endif
