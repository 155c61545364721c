package org.coursewright.packs.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Element;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the module's SVG figures into the PDF as vector graphics with JSVG, the small SVG renderer the
 * workbench already uses (through SWT), instead of Batik, which would bring some twenty jars. JSVG
 * neither runs scripts nor loads anything from outside the drawing.
 */
final class JsvgDrawer implements SVGDrawer {

	@Override
	public SVGImage buildSVGImage(Element svgElement, Box box, CssContext context, double cssWidth, double cssHeight, double dotsPerPixel) {
		return image(svgElement, cssWidth, cssHeight, dotsPerPixel);
	}

	@Override
	public SVGImage buildStandaloneSVGImage(Element svgElement, String uri, double targetWidth, double targetHeight, double dotsPerPixel) {
		return image(svgElement, targetWidth, targetHeight, dotsPerPixel);
	}

	private static SVGImage image(Element svgElement, double width, double height, double dotsPerPixel) {
		SVGDocument drawing = load(svgElement);
		FloatSize own = drawing == null ? new FloatSize(1, 1) : drawing.size();
		double ratio = own.height > 0 ? own.width / own.height : 1;
		// the size asked for (in dots, -1 when none), else the drawing's own, keeping its proportions
		double w = width >= 0 ? width / dotsPerPixel : height >= 0 ? height / dotsPerPixel * ratio : own.width;
		double h = height >= 0 ? height / dotsPerPixel : w / ratio;
		return new SVGImage() {
			@Override
			public int getIntrinsicWidth() {
				return (int) (w * dotsPerPixel);
			}

			@Override
			public int getIntrinsicHeight() {
				return (int) (h * dotsPerPixel);
			}

			@Override
			public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
				if (drawing != null) {
					device.drawWithGraphics((float) x, (float) y, (float) w, (float) h,
							graphics -> drawing.render((java.awt.Component) null, graphics, new ViewBox(0, 0, (float) w, (float) h)));
				}
			}
		};
	}

	/** The drawing, or null if JSVG cannot read it (the figure then keeps its space, caption and description). */
	private static SVGDocument load(Element svgElement) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(svgElement), new StreamResult(bytes));
			return new SVGLoader().load(new ByteArrayInputStream(bytes.toByteArray()), null, LoaderContext.createDefault());
		} catch (TransformerException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
		// the drawings' text is drawn as shapes; no fonts to import
	}

	@Override
	public void addFontFile(java.io.File fontFile, String family, Integer weight, FontStyle style) {
		// as above
	}

	@Override
	public void close() {
		// nothing held
	}
}
