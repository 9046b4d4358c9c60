package org.eassms.eas.wbxml.dom;

/** A node of a decoded ActiveSync document: an element, a text run or an opaque byte string. */
public sealed interface Node permits Element, Text, Opaque {}
