// The namespaces feeds are read in, by their URIs: elements are found by
// namespace and local name, never by the prefix a feed happens to use.

/** The namespaces feeds are read in. */
export const ns = {
	atom: 'http://www.w3.org/2005/Atom',
	content: 'http://purl.org/rss/1.0/modules/content/',
	dc: 'http://purl.org/dc/elements/1.1/',
	itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
	media: 'http://search.yahoo.com/mrss/',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rss1: 'http://purl.org/rss/1.0/',
	rss090: 'http://my.netscape.com/rdf/simple/0.9/',
	xhtml: 'http://www.w3.org/1999/xhtml',
} as const;
