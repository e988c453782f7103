/**
 * Phaser as the game uses it, built from Phaser's own sources (`phaser-src` is an alias of
 * `node_modules/phaser/src`, set in vite.config.ts) instead of the prebuilt bundle, which carries
 * every game object, filter, sound system and loader the game never touches. The game draws text,
 * rectangles, images, graphics and canvas textures in scenes, with pointer input, the scale
 * manager, the clock and the image loader: exactly what is required below (requiring a factory
 * registers `scene.add.<name>`). Anything else the game starts to use must be added here; the
 * browser tests play every screen, so a missing piece fails them.
 */
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');
// First: the renderers' modules require one another in a cycle that only resolves when it is entered here.
var Renderer = require('phaser-src/renderer');

var Phaser = {
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Events: require('phaser-src/events'),
  Game: require('phaser-src/core/Game'),
  GameObjects: {
    DisplayList: require('phaser-src/gameobjects/DisplayList'),
    GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
    UpdateList: require('phaser-src/gameobjects/UpdateList'),
    GameObject: require('phaser-src/gameobjects/GameObject'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
    Image: require('phaser-src/gameobjects/image/Image'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
    Text: require('phaser-src/gameobjects/text/Text'),
    Factories: {
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
      Image: require('phaser-src/gameobjects/image/ImageFactory'),
      Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory'),
      Text: require('phaser-src/gameobjects/text/TextFactory'),
    },
  },
  Input: require('phaser-src/input'),
  Loader: {
    Events: require('phaser-src/loader/events'),
    FileTypes: { ImageFile: require('phaser-src/loader/filetypes/ImageFile') },
    LoaderPlugin: require('phaser-src/loader/LoaderPlugin'),
  },
  Renderer: Renderer,
  Scale: require('phaser-src/scale'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Textures: require('phaser-src/textures'),
  Time: require('phaser-src/time'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
