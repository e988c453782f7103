import type Phaser from 'phaser';
import { discTexture } from './disc-texture';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
type Text = Phaser.GameObjects.Text;
type Rectangle = Phaser.GameObjects.Rectangle;
type Image = Phaser.GameObjects.Image;

/** What the feed's widgets draw with (a retained layer). */
export interface Drawer {
  text(x: number, y: number, content: string, style: TextStyle): Text;
  rectangle(x: number, y: number, width: number, height: number, color: number): Rectangle;
  /** A filled disc, smooth-edged in either renderer (see disc-texture.ts). */
  disc(x: number, y: number, radius: number, color: number): Image;
}

/**
 * Immediate-mode drawing over retained game objects. A screen that redraws itself several times a
 * second calls `begin`, draws everything in order, then calls `end`; each call gets back the
 * object drawn at the same turn of the previous pass, changed only where it differs. Creating a
 * Text renders a canvas (and uploads a texture under WebGL), so recreating every object on each
 * redraw cost whole frames; an unchanged redraw now costs almost nothing. Objects left over are
 * destroyed, and the display list keeps the order of this pass, as if everything were new.
 */
export class RetainedLayer implements Drawer {
  private readonly texts: Text[] = [];
  private readonly rects: Rectangle[] = [];
  private readonly images: Image[] = [];
  private readonly styles = new WeakMap<Text, string>();
  private counts = { text: 0, rect: 0, image: 0 };
  private order: Phaser.GameObjects.GameObject[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  begin(): void {
    this.counts = { text: 0, rect: 0, image: 0 };
    this.order = [];
  }

  text(x: number, y: number, content: string, style: TextStyle): Text {
    const key = JSON.stringify(style);
    let text = this.texts[this.counts.text];
    if (!text) {
      text = this.scene.add.text(x, y, content, style);
      this.texts.push(text);
      this.styles.set(text, key);
    } else {
      reset(text, 0);
      if (this.styles.get(text) !== key) {
        // Defaults on: a property the new style leaves out must not linger from the old one. The
        // default resolution (0) is what a new Text turns into 1 in its constructor.
        text.style.setStyle({ resolution: 1, ...style }, true, true);
        this.styles.set(text, key);
      }
      text.setText(content);
      text.setPosition(x, y);
    }
    this.counts.text++;
    this.order.push(text);
    return text;
  }

  rectangle(x: number, y: number, width: number, height: number, color: number): Rectangle {
    let rect = this.rects[this.counts.rect];
    if (!rect) {
      rect = this.scene.add.rectangle(x, y, width, height, color);
      this.rects.push(rect);
    } else {
      reset(rect, 0.5);
      rect.setPosition(x, y).setSize(width, height).setFillStyle(color).setStrokeStyle();
    }
    this.counts.rect++;
    this.order.push(rect);
    return rect;
  }

  disc(x: number, y: number, radius: number, color: number): Image {
    return this.image(x, y, discTexture(this.scene, color)).setDisplaySize(radius * 2, radius * 2);
  }

  image(x: number, y: number, texture: string): Image {
    let image = this.images[this.counts.image];
    if (!image) {
      image = this.scene.add.image(x, y, texture);
      this.images.push(image);
    } else {
      reset(image, 0.5);
      if (image.texture.key !== texture) image.setTexture(texture);
      image.setPosition(x, y).setScale(1);
    }
    this.counts.image++;
    this.order.push(image);
    return image;
  }

  end(): void {
    for (const o of this.texts.splice(this.counts.text)) o.destroy();
    for (const o of this.rects.splice(this.counts.rect)) o.destroy();
    for (const o of this.images.splice(this.counts.image)) o.destroy();
    const list = this.scene.children.list;
    list.length = 0;
    list.push(...this.order);
    this.scene.children.queueDepthSort();
  }

  /** Destroys everything the layer drew (the scene is shutting down or starting over). */
  clear(): void {
    this.begin();
    this.end();
  }
}

/** Back to a fresh object's state: widgets set origin, alpha and depth only when they differ. */
function reset(o: Text | Rectangle | Image, origin: number): void {
  o.setOrigin(origin).setAlpha(1).setDepth(0).setVisible(true);
}
