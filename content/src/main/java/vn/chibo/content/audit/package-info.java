/** The audit log: who changed what and when, readable by office users for their subtree. */
package vn.chibo.content.audit;
