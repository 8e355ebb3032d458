package nl.wijkatlas.geodata.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import nl.wijkatlas.geodata.load.Sql;

/**
 * Writes an opgave with its DIN tree (doelen, inspanningen with betrokkenen, middelen)
 * and its areas, unless a wijkmanager has changed it through the API.
 */
public final class OpgaveWriter {

	private final Connection connection;

	public OpgaveWriter(Connection connection) {
		this.connection = connection;
	}

	void write(Content.OpgaveEntry o) throws SQLException {
		int written = Sql.update(this.connection, """
				insert into opgave (id, title, theme, period, status, summary, source_id, locator, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set title = excluded.title, theme = excluded.theme,
				  period = excluded.period, status = excluded.status, summary = excluded.summary,
				  source_id = excluded.source_id, locator = excluded.locator, note = excluded.note
				where opgave.version = 0
				""", o.id(), o.title(), o.theme(), o.period(), o.status(), o.summary(), o.sourceId(), o.locator(),
				o.note());
		if (written == 0) {
			return;
		}
		Sql.update(this.connection, "delete from opgave_area where opgave_id = ?", o.id());
		for (String code : ContentWriter.nonNull(o.areaCodes()).stream().distinct().toList()) {
			Sql.update(this.connection, "insert into opgave_area (opgave_id, area_code) values (?, ?)", o.id(), code);
		}
		writeDin(o.id(), ContentWriter.nonNull(o.doelen()));
	}

	/**
	 * Replaces the opgave's DIN tree (doelen, inspanningen with betrokkenen, middelen).
	 */
	public void writeDin(String opgaveId, List<Content.Doel> doelen) throws SQLException {
		Sql.update(this.connection, "delete from doel where opgave_id = ?", opgaveId);
		for (int d = 0; d < doelen.size(); d++) {
			long doelId = insertReturningId(
					"insert into doel (opgave_id, position, title) values (?, ?, ?) returning id", opgaveId, (short) d,
					doelen.get(d).title());
			writeInspanningen(doelId, ContentWriter.nonNull(doelen.get(d).inspanningen()));
		}
	}

	private void writeInspanningen(long doelId, List<Content.Inspanning> inspanningen) throws SQLException {
		for (int i = 0; i < inspanningen.size(); i++) {
			Content.Inspanning inspanning = inspanningen.get(i);
			long id = insertReturningId(
					"insert into inspanning (doel_id, position, title) values (?, ?, ?) returning id", doelId,
					(short) i, inspanning.title());
			for (String organisation : ContentWriter.nonNull(inspanning.betrokkenen()).stream().distinct().toList()) {
				Sql.update(this.connection,
						"insert into inspanning_betrokkene (inspanning_id, organisation_id) values (?, ?)", id,
						organisation);
			}
			List<Content.Middel> middelen = ContentWriter.nonNull(inspanning.middelen());
			for (int m = 0; m < middelen.size(); m++) {
				Content.Middel middel = middelen.get(m);
				Sql.update(this.connection, """
						insert into middel (inspanning_id, position, kind, amount, credit_id, description)
						values (?, ?, ?, ?, ?, ?)
						""", id, (short) m, middel.kind(), middel.amount(), middel.creditId(), middel.description());
			}
		}
	}

	private long insertReturningId(String sql, Object... parameters) throws SQLException {
		return Sql.queryOne(this.connection, sql, (row) -> row.getLong(1), parameters);
	}

}
