/** References to Party documents (chỉ thị, kết luận, nghị quyết, ...), recognised in free text and normalised. */
package vn.chibo.content.document;
