package com.orderplatform.order.user;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The terminal the service was started from, if it has one ({@code /dev/tty}): where a
 * secret meant for the person starting the service is shown. Standard output is no such
 * place, since it is routinely captured into log files ({@code ./oms run} tees it into
 * {@code data/logs/}, test and benchmark launchers redirect it). Without a controlling
 * terminal (a service manager, a container, a redirected launcher) opening it fails and
 * nothing is shown. The device is only opened, never created.
 */
final class ControllingTerminal {

	private final Path device;

	/**
	 * @param device the terminal device, usually {@code /dev/tty}; {@code null} for none
	 */
	ControllingTerminal(Path device) {
		this.device = device;
	}

	/** Whether there is a terminal to show text on. */
	boolean isAvailable() {
		if (this.device == null) {
			return false;
		}
		try (OutputStream out = open()) {
			return true;
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	/**
	 * Shows the text on the terminal.
	 * @param text the text, with its line breaks
	 * @return whether it was shown
	 */
	boolean print(String text) {
		if (this.device == null) {
			return false;
		}
		try (OutputStream out = open()) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return true;
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	private OutputStream open() throws IOException {
		return Files.newOutputStream(this.device, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
	}

}
