/**
 * Party documents: references to them as people type them (normalised, kept as written), and the Hướng dẫn
 * 36-HD/VPTW layout every document chibo writes follows ({@link vn.chibo.content.document.PartyDocx}).
 */
package vn.chibo.content.document;
