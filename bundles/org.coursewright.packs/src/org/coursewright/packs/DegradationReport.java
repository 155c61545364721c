package org.coursewright.packs;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The degradation report of one module's packs, as text for people and JSON for build servers. */
final class DegradationReport {

	private DegradationReport() {
	}

	static String text(String moduleCode, List<Packer.Written> written) {
		StringBuilder text = new StringBuilder();
		for (Packer.Written pack : written) {
			text.append(moduleCode).append(' ').append(pack.format().id()).append(": ").append(pack.file().getFileName());
			text.append(pack.degradations().isEmpty() ? ", everything carried as it is\n" : "\n");
			pack.degradations().forEach(d -> text.append("  ").append(d).append('\n'));
		}
		return text.toString();
	}

	/** One line per pack: its file and how many elements it could not carry as they are. */
	static String summary(List<Packer.Written> written) {
		StringBuilder summary = new StringBuilder();
		for (Packer.Written pack : written) {
			int count = pack.degradations().size();
			summary.append(pack.file().getFileName()).append(": ")
					.append(count == 0 ? "everything carried as it is" : count + (count == 1 ? " element" : " elements") + " carried differently")
					.append('\n');
		}
		return summary.toString();
	}

	static String json(String moduleCode, List<Packer.Written> written) {
		JsonObject root = new JsonObject();
		root.addProperty("module", moduleCode);
		JsonArray packs = new JsonArray();
		for (Packer.Written pack : written) {
			JsonObject packJson = new JsonObject();
			packJson.addProperty("format", pack.format().id());
			packJson.addProperty("file", pack.file().getFileName().toString());
			JsonArray degradations = new JsonArray();
			for (Degradation degradation : pack.degradations()) {
				JsonObject d = new JsonObject();
				d.addProperty("element", degradation.element());
				d.addProperty("became", degradation.became());
				degradations.add(d);
			}
			packJson.add("degradations", degradations);
			packs.add(packJson);
		}
		root.add("packs", packs);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}
}
