/**
 * Small JDBC helpers shared by every feature's repository (reading nullable and array
 * columns). No feature logic.
 */
package nl.wijkatlas.jdbc;
